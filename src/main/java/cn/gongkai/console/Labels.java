package cn.gongkai.console;

import cn.gongkai.requests.EventKind;
import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.requests.RequestStatus;
import cn.gongkai.requests.RequestView;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Chinese words for the codes, and the urgency of a deadline as a class and as words (never colour alone). */
public final class Labels {
    static final ZoneId ZONE = ZoneId.systemDefault();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private Labels() {}

    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    public static String channel(InquiryChannel c) {
        return switch (c) {
            case KIOSK -> "自助终端";
            case SMS -> "短信";
            case VOICE -> "语音电话";
            case CONSOLE -> "窗口登记";
        };
    }

    /** How a voice call ended (Twilio's status callback), for the inquiry list. */
    public static String callEnded(String code) {
        return switch (code == null ? "" : code) {
            case "COMPLETED" -> "通话结束";
            case "HUNG_UP_LISTENING" -> "听消息时挂断";
            case "HUNG_UP" -> "来电人中途挂断";
            case "BUSY" -> "占线";
            case "NO_ANSWER" -> "未接听";
            case "FAILED" -> "未接通";
            case "CANCELED" -> "接通前挂断";
            default -> "";
        };
    }

    public static String status(RequestStatus s) {
        return switch (s) {
            case AWAITING_RECEIPT -> "待确认收到";
            case AWAITING_CORRECTION -> "等待补正";
            case OPEN -> "办理中";
            case PAUSED -> "暂停计时（征求意见）";
            case CONCLUDED -> "已办结";
        };
    }

    public static String event(EventKind k) {
        return switch (k) {
            case RECEIVED -> "确认收到";
            case CORRECTION_REQUESTED -> "告知补正";
            case CORRECTED -> "收到补正";
            case EXTENDED -> "延长答复期限";
            case PAUSED -> "暂停计时（征求意见）";
            case RESUMED -> "恢复计时";
            case CONCLUDED -> "办结答复";
            case REVIEW_FILED -> "行政复议/诉讼立案";
            case REVIEW_DECIDED -> "行政复议/诉讼结果";
            case NOTE -> "备注";
            case COMPLETED -> "补全申请信息";
            case REASONS_ASKED -> "要求说明理由";
            case LATER_DEADLINE -> "确定延迟答复期限";
        };
    }

    /** overdue, soon (≤ 3 working days), ok, or "" when no period runs. */
    public static String urgency(RequestView v) {
        if (v.overdue()) {
            return "overdue";
        }
        if (v.workingDaysLeft() == null || v.answerDue() == null) {
            return "";
        }
        return v.workingDaysLeft() <= 3 ? "soon" : "ok";
    }

    /** The same urgency in words, for people who cannot tell red from amber and for printouts. */
    public static String left(RequestView v) {
        if (v.status() == RequestStatus.CONCLUDED) {
            return v.answeredLate() ? "已办结（超期答复）" : "已办结";
        }
        if (v.status() == RequestStatus.AWAITING_RECEIPT) {
            return "尚未确认收到，期限未起算";
        }
        if (v.status() == RequestStatus.AWAITING_CORRECTION) {
            return "等待补正，期限暂不计算";
        }
        Integer left = v.workingDaysLeft();
        if (left == null) {
            return "";
        }
        if (v.status() == RequestStatus.PAUSED) {
            return "暂停计时，尚余 " + left + " 个工作日";
        }
        if (v.overdue()) {
            return "已逾期 " + (-left) + " 个工作日";
        }
        if (left == 0) {
            return "今天到期";
        }
        return (left <= 3 ? "即将到期：" : "") + "剩 " + left + " 个工作日";
    }

    public static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= max ? t : t.substring(0, max) + "…";
    }
}
