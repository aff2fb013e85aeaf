<?php

namespace App\Services\Commission;

final class Calculator
{
    public function commission(int $amountMinor, int $basisPoints): int
    {
        if ($basisPoints > 10_000) {
            throw new \DomainException('rate above 100%');
        }

        return intdiv($amountMinor * $basisPoints, 10_000);
    }
}
