<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;

return new class extends Migration
{
    /** CREATE INDEX CONCURRENTLY cannot run inside a transaction. */
    public $withinTransaction = false;

    public function up(): void
    {
        DB::statement("SET lock_timeout = '2s'");

        Schema::table('deposits', function (Blueprint $table) {
            $table->index('reference')->online();
        });
    }
};
