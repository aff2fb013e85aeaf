<?php

namespace Database\Migrations;

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

class ReworkBalances extends Migration
{
    public function up()
    {
        if (Schema::hasColumn('balances', 'legacy_total')) {
            Schema::table('balances', function (Blueprint $table) {
                // shipgate:allow dropping-column unused since v2.14, archived in FIN-221
                $table->dropColumn('legacy_total');
            });
        }

        Schema::table('balances', function (Blueprint $table) {
            $table->renameColumn('amt', 'available');
        });
    }

    public function down()
    {
        Schema::table('balances', function (Blueprint $table) {
            $table->renameColumn('available', 'amt');
        });
    }
}
