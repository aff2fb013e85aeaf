<?php
namespace Database\Migrations;

use App\Support\Migrations\{LedgerIndexes, Money as Cash};
use App\Database\LedgerMigration;
use function App\helper;

return new class extends LedgerMigration {
    use LedgerIndexes, Cash {
        LedgerIndexes::addLedgerIndexes insteadof Cash;
    }
    use \App\Support\Migrations\LedgerIndexes;

    protected const TABLE = 'transactions';

    public function up(): void
    {
        parent::up();
        static::addLedgerIndexes();
        $this->dropLegacy(self::TABLE, parent::TABLE);
        Schema::table(static::TABLE, function ($t) { $t->index('booked_at'); });
    }
};
