<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('transactions', function (Blueprint $table) {
            $table->id();
            $table->foreignId('account_id')->constrained();
            $table->decimal('amount', 19, 4);
            $table->char('currency', 3);
            $table->string('status')->default('pending')->index();
            $table->timestamps();
        });

        Schema::create('transactions_audit', function (Blueprint $table) {
            $table->id();
            $table->foreignId('transaction_id');
            $table->json('changes');
            $table->timestamp('recorded_at')->useCurrent();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('transactions_audit');
        Schema::dropIfExists('transactions');
    }
};
