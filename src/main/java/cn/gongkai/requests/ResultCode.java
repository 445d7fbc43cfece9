package cn.gongkai.requests;

/** How a request was concluded: the result rows of section 三, labels exactly as the format. */
public enum ResultCode {
    GRANTED("三(一) 予以公开"),
    PARTIAL("三(二) 部分公开(区分处理的,只计这一情形,不计其他情形)"),
    DENIED_STATE_SECRET("三(三)1. 属于国家秘密"),
    DENIED_LAW_PROHIBITS("三(三)2. 其他法律行政法规禁止公开"),
    DENIED_SECURITY_STABILITY("三(三)3. 危及“三安全一稳定”"),
    DENIED_THIRD_PARTY("三(三)4. 保护第三方合法权益"),
    DENIED_INTERNAL_AFFAIRS("三(三)5. 属于三类内部事务信息"),
    DENIED_PROCESS_INFO("三(三)6. 属于四类过程性信息"),
    DENIED_ENFORCEMENT_FILE("三(三)7. 属于行政执法案卷"),
    DENIED_ADMIN_QUERY("三(三)8. 属于行政查询事项"),
    UNAVAILABLE_NOT_HELD("三(四)1. 本机关不掌握相关政府信息"),
    UNAVAILABLE_NEEDS_CREATION("三(四)2. 没有现成信息需要另行制作"),
    UNAVAILABLE_UNCLEAR("三(四)3. 补正后申请内容仍不明确"),
    NOT_PROCESSED_PETITION("三(五)1. 信访举报投诉类申请"),
    NOT_PROCESSED_REPEAT("三(五)2. 重复申请"),
    NOT_PROCESSED_PUBLICATION("三(五)3. 要求提供公开出版物"),
    NOT_PROCESSED_EXCESSIVE("三(五)4. 无正当理由大量反复申请"),
    NOT_PROCESSED_CONFIRMATION("三(五)5. 要求行政机关确认或重新出具已获取信息"),
    OTHER_NO_CORRECTION("三(六)1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    OTHER_FEE_UNPAID("三(六)2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    OTHER("三(六)3. 其他");

    public final String label;

    ResultCode(String label) {
        this.label = label;
    }

    public static ResultCode parse(String code) {
        return Codes.parse(ResultCode.class, code, "办理结果代码");
    }
}
