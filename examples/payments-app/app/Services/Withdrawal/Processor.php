<?php

namespace App\Services\Withdrawal;

final class Processor
{
    public function approve(Withdrawal $withdrawal): void
    {
        $withdrawal->markApproved();
    }
}
