package cn.gongkai.corpus;

/** The contract's type (通知|公告|公示|规章|规范性文件|政策解读|办事指南|其他) from what a page says or its title. */
final class DocTypes {
    private DocTypes() {}

    /**
     * The page's own 体裁分类 when it names one of ours, else the title's last word: a 解读 is
     * 政策解读, a 指南 is 办事指南, 办法/规定/细则 with a 文号 are 规范性文件.
     */
    static String of(String declared, String title, String docNo) {
        String fromPage = declared == null ? null : named(declared, false);
        if (fromPage != null) {
            return fromPage;
        }
        String fromTitle = title == null ? null : named(title, docNo != null && !docNo.isBlank());
        return fromTitle != null ? fromTitle : "其他";
    }

    private static String named(String s, boolean hasDocNo) {
        if (s.contains("规范性文件")) {
            return "规范性文件";
        }
        if (s.contains("规章")) {
            return "规章";
        }
        if (s.contains("解读")) {
            return "政策解读";
        }
        if (s.contains("指南")) {
            return "办事指南";
        }
        if (hasDocNo && s.matches(".*(办法|规定|细则|规则|实施意见|管理制度)[》」”]?(（[^）]*）|\\([^)]*\\))?(的通知)?$")) {
            return "规范性文件";
        }
        if (s.contains("公示")) {
            return "公示";
        }
        if (s.contains("公告") || s.contains("通告")) {
            return "公告";
        }
        if (s.contains("通知")) {
            return "通知";
        }
        return null;
    }
}
