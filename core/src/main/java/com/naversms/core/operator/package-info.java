/**
 * What an operator does to one message of the ledger ({@code naver-sms messages resolve|resend}):
 * the same claim, ledger and sender as the cycle, each outcome a value (docs/state.md, "The message
 * ledger"; docs/ops/runbook.md).
 */
package com.naversms.core.operator;
