package cn.gongkai.gateway.sms;

import cn.gongkai.inquiries.InquiryChannel;

/**
 * Which logged texts are questions. An SMS conversation also logs its replies to the machine
 * ("1", "更多", "满意", "我是石门村的", "退订"): counting those as questions put them at the
 * top of the console's charts.
 */
public final class Questions {
    private Questions() {}

    /** Whether a logged text on this channel asked something (a search), rather than steered the talk. */
    public static boolean isQuestion(InquiryChannel channel, String text) {
        String t = Intent.clean(text);
        if (t.isEmpty() || t.startsWith("(")) {
            return false; // empty, or a placeholder such as (空短信)
        }
        if (channel == InquiryChannel.SMS) {
            return Intent.parse(t) instanceof Intent.Search;
        }
        return !Intent.PICK.matcher(t).matches();
    }
}
