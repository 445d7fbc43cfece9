package cn.gongkai.requests;


/** The six applicant columns of the annual report's section 三, in the national order. */
public enum ApplicantType {
    NATURAL_PERSON("自然人"),
    BUSINESS("法人或其他组织 · 商业企业"),
    RESEARCH("法人或其他组织 · 科研机构"),
    NONPROFIT("法人或其他组织 · 社会公益组织"),
    LEGAL_SERVICE("法人或其他组织 · 法律服务机构"),
    OTHER_ORG("法人或其他组织 · 其他");

    public final String label;

    ApplicantType(String label) {
        this.label = label;
    }

    public static ApplicantType parse(String code) {
        return Codes.parse(ApplicantType.class, code, "申请人类型");
    }
}
