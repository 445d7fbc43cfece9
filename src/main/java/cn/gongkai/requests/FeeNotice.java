package cn.gongkai.requests;

import java.time.LocalDate;

/**
 * A fee notice (收费通知, 国办函〔2020〕109号) of one request: the basis, the quantity charged,
 * the applicant's earlier items this month as counted from the register, the amount in yuan,
 * and the last day to pay (20 working days after the notice).
 */
public record FeeNotice(long requestId, Fees.Basis basis, int quantity, int earlier, long amount, LocalDate notified,
                        LocalDate payBy) {}
