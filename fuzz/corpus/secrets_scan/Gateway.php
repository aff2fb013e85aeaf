<?php

namespace App\Services\Payment;

final class Gateway
{
    public function __construct(private readonly Client $client)
    {
    }

    public function charge(int $amountMinor, string $currency): Receipt
    {
        if ($amountMinor <= 0) {
            throw new \InvalidArgumentException('amount must be positive');
        }
        $response = $this->client->post('/charges', ['amount' => $amountMinor, 'currency' => $currency]);

        return Receipt::fromResponse($response);
    }
}
