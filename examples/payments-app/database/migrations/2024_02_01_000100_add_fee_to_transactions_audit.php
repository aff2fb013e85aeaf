<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::table('transactions_audit', function (Blueprint $table) {
            $table->decimal('fee', 19, 4)->nullable();
        });
    }
};
