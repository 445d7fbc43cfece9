package cn.gongkai.kiosk;

import cn.gongkai.config.UserException;
import cn.gongkai.corpus.Text;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.Deadlines;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.requests.RequestChannel;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * 我要申请: a formal request (Art. 29) one question a screen, after the notice 个人信息保护法
 * Art. 17 requires; it ends on the receipt number, the answer period, and "show your identity
 * at the desk", which is when the clock starts (Art. 31).
 */
final class RequestScreen implements KioskScreen {
    static final int MAX_NAME = 30;
    static final int MAX_CONTENT = 200;
    private static final int STEPS = 5;
    private final Kiosk k;

    private final NamePicker picker;
    private final AddressStep address;

    RequestScreen(Kiosk k) {
        this.k = k;
        k.session().form = new RequestForm();
        this.picker = new NamePicker(k.t("request.name_chars"), k.backend.villages().names());
        this.address = new AddressStep(k, picker);
    }

    private PinyinField pinyinField() {
        return f().step == RequestForm.Step.ADDRESS
                ? address.field(f())
                : new PinyinField(k, picker, f().name, f().pinyin, MAX_NAME);
    }

    private RequestForm f() {
        return k.session().form;
    }

    @Override
    public void build(Page p) {
        switch (f().step) {
            case NOTICE -> notice(p);
            case TYPE -> type(p);
            case NAME -> spelling(p, 2, "request.name_question", "request.name_pick_help", true);
            case PHONE -> phone(p);
            case CONTENT -> typing(p, 4, "request.content_question", "request.content_help", f().content);
            case FORM -> form(p);
            case ADDRESS -> spelling(p, 5, "request.address_question", "request.address_help", false);
            case CONFIRM -> confirm(p);
            case RECEIPT -> receipt(p);
        }
    }

    /*
     *  申请前请先看一下：我们会记下什么、为什么、保存多久                    <- emphasis
     *  要记下的：姓名或单位名称、申请人类型、联系电话、想要的信息、获取方式。 <- wrapped notice
     *  为什么：……   保存多久：……   这台机器不会记住您……
     * ┌──────────────────────────────────────┐┌──────────────────────────────────────┐
     * │          1 同意，开始填写            ││           0 不填了，回首页           │
     * └──────────────────────────────────────┘└──────────────────────────────────────┘
     */
    private void notice(Page p) {
        int h = p.buttonHeight();
        int bottom = p.rows - 1 - h;
        p.line(0, k.t("request.notice_title"), TextBlock.Style.EMPHASIS);
        p.paragraph(2, bottom - 2, k.t("request.notice"), TextBlock.Style.PLAIN);
        p.row(bottom, h, List.of(
                Page.Spec.of("1", k.t("request.agree"), () -> go(RequestForm.Step.TYPE)),
                Page.Spec.of("0", k.t("request.decline"), k::reset)));
    }

    /*
     *  第 1 步，共 5 步：谁来申请？                                           <- emphasis
     * ┌──────────────────────────────────────┐┌──────────────────────────────────────┐
     * │              1 我自己 (个人)         ││              2 企业                  │
     * └──────────────────────────────────────┘└──────────────────────────────────────┘
     *   3 科研机构    4 公益组织    5 律师事务所等    6 其他单位    0 返回首页
     */
    private void type(Page p) {
        p.line(0, k.t("request.step", "n", 1, "of", STEPS) + k.t("request.type_question"), TextBlock.Style.EMPHASIS);
        List<Page.Spec> specs = new ArrayList<>();
        int d = 1;
        for (ApplicantType t : ApplicantType.values()) {
            specs.add(Page.Spec.of(String.valueOf(d++), k.t("request.type." + t.name()), () -> {
                f().type = t;
                go(RequestForm.Step.NAME);
            }));
        }
        specs.add(Page.Spec.of("0", k.t("common.home"), k::reset));
        p.grid(2, p.buttonHeight(), 2, specs);
    }

    /*
     *  第 2 步，共 5 步：您的姓名，或单位的名称                               <- emphasis
     *  可以点字母拼音，也可以用键盘打字；不会打也没关系，请工作人员帮忙。
     *  ▶ ZHANG SAN                                                            <- bold field
     *  A ... M  (letter keys)
     *  N ... Z
     * ┌──────────────────┐┌──────────────────┐┌──────────────────┐┌──────────────────┐
     * │    ↵ 下一步      ││     ⌫ 删除       ││     空格         ││   Esc 返回首页   │
     * └──────────────────┘└──────────────────┘└──────────────────┘└──────────────────┘
     */
    private void typing(Page p, int n, String question, String help, StringBuilder field) {
        int h = p.buttonHeight();
        int bottom = p.rows - 1 - h;
        p.line(0, k.t("request.step", "n", n, "of", STEPS) + k.t(question), TextBlock.Style.EMPHASIS);
        p.line(1, k.t(help), TextBlock.Style.PLAIN);
        int keysTop = bottom - 2 * h;
        int fieldRows = Math.max(1, keysTop - 2);
        List<TextBlock.Line> lines = new ArrayList<>();
        for (String l : Cells.wrap("▶ " + field + "▏", p.cols - 2)) {
            lines.add(new TextBlock.Line(l, TextBlock.Style.BOLD));
        }
        // the end of a long answer is what the person is typing: show the last lines
        p.text(1, 2, p.cols - 2, fieldRows, lines.subList(Math.max(0, lines.size() - fieldRows), lines.size()));
        Keyboard.place(p, keysTop, h, c -> type(field, String.valueOf(c)));
        p.row(bottom, h, List.of(
                Page.Spec.of("↵", k.t("request.next"), this::next),
                Page.Spec.of("⌫", k.t("common.delete"), () -> backspace(field)),
                Page.Spec.of("␣", k.t("request.space"), () -> type(field, " ")),
                Page.Spec.of("Esc", k.t("common.home"), k::reset)));
    }

    /*
     *  第 2 步，共 5 步：您的姓名，或单位的名称                               <- emphasis
     *  点字母拼出读音，再点下面的字；……
     *  ▶ 张▏                       拼音：san                                 <- field (PinyinField)
     *  1 三  2 山  3 善 …          (candidates)   A … M / N … Z  (letters)
     * ┌──────────────┐┌──────────────┐┌──────────────────┐┌──────────────┐
     * │  ↵ 下一步    ││   ⌫ 删除     ││ 留给工作人员填   ││ Esc 返回首页 │   (address: 空格)
     * └──────────────┘└──────────────┘└──────────────────┘└──────────────┘
     */
    private void spelling(Page p, int n, String question, String help, boolean name) {
        int h = p.buttonHeight();
        int bottom = p.rows - 1 - h;
        p.line(0, k.t("request.step", "n", n, "of", STEPS) + k.t(question), TextBlock.Style.EMPHASIS);
        p.line(1, k.t(help), TextBlock.Style.PLAIN);
        PinyinField field = pinyinField();
        field.place(p, 2, bottom, h);
        Page.Spec third = name ? Page.Spec.of("0", k.t("request.name_to_desk"), this::nameAtDesk) : address.spaceKey(f());
        p.row(bottom, h, List.of(
                Page.Spec.of("↵", k.t("request.next"), this::next),
                Page.Spec.of("⌫", k.t("common.delete"), field::backspace),
                third,
                Page.Spec.of("Esc", k.t("common.home"), k::reset)));
    }

    private void nameAtDesk() {
        f().name.setLength(0);
        f().pinyin.setLength(0);
        f().nameAtDesk = true;
        go(RequestForm.Step.PHONE);
    }

    /*
     *  第 3 步，共 5 步：联系电话                                             <- emphasis
     *  已输入：1 3 8 _ _ _ _ _ _ _ _                                          <- emphasis
     *  (number pad: 1-9, * 删除, 0, # 下一步)
     */
    private void phone(Page p) {
        p.line(0, k.t("request.step", "n", 3, "of", STEPS) + k.t("request.phone_question"), TextBlock.Style.EMPHASIS);
        p.line(1, k.t("pickup.entered", "digits", Keypad.spaced(f().phone, 11)), TextBlock.Style.EMPHASIS);
        int h = p.buttonHeight();
        int y = Keypad.place(p, 2, h, d -> type(f().phone, d), () -> backspace(f().phone), k.t("request.next"),
                this::next);
        if (y + h <= p.rows - 1) {
            p.row(y, h, List.of(Page.Spec.of("Esc", k.t("common.home"), k::reset)));
        }
    }

    /*
     *  第 5 步，共 5 步：您想怎样拿到这些信息？                               <- emphasis
     *   1 到大厅领纸质的     2 寄纸质的给我     3 电子文件     0 返回首页
     */
    private void form(Page p) {
        p.line(0, k.t("request.step", "n", 5, "of", STEPS) + k.t("request.form_question"), TextBlock.Style.EMPHASIS);
        List<Page.Spec> specs = new ArrayList<>();
        for (String opt : List.of("pickup", "post", "electronic")) {
            specs.add(Page.Spec.of(String.valueOf(specs.size() + 1), k.t("request.form." + opt), () -> {
                f().formWanted = k.t("request.form." + opt);
                f().delivery = AddressStep.deliveryOf(opt);
                // Art. 29: paper by mail needs somewhere to send it.
                go(opt.equals("post") ? RequestForm.Step.ADDRESS : RequestForm.Step.CONFIRM);
            }));
        }
        specs.add(Page.Spec.of("0", k.t("common.home"), k::reset));
        p.grid(2, p.buttonHeight(), 2, specs);
    }

    /*
     *  请核对：                                                               <- emphasis
     *  申请人：张三（个人）   电话：138****5678
     *  想要的信息：《关于……的通知》
     *  获取方式：到大厅领纸质的
     *   1 提交申请       2 重新填写       0 不申请了
     */
    private void confirm(Page p) {
        int h = p.buttonHeight();
        int bottom = p.rows - 1 - h;
        p.line(0, k.t("request.confirm_title"), TextBlock.Style.EMPHASIS);
        // The person typed the number a moment ago and checks it here: shown whole, as typed.
        String name = f().nameAtDesk ? k.t("request.name_at_desk") : Text.inert(f().name.toString());
        String text = k.t("request.confirm", "name", name,
                "type", k.t("request.type." + f().type.name()), "phone", f().phone.toString(),
                "content", Text.inert(f().content.toString()), "form", address.shown(f()));
        p.paragraph(2, bottom - 2, text, TextBlock.Style.BOLD);
        p.row(bottom, h, List.of(
                Page.Spec.of("1", k.t("request.submit"), this::submit),
                Page.Spec.of("2", k.t("request.again"), () -> go(RequestForm.Step.TYPE)),
                Page.Spec.of("0", k.t("request.decline"), k::reset)));
    }

    /*
     *  申请已收到。回执编号：K7QM3XPA                                         <- emphasis
     *  请记下这个编号。我们会在 20 个工作日内答复您。
     *  请带身份证到服务台给工作人员看一下：从那天起开始算这 20 个工作日。
     *   1 打印回执 (if configured)        0 回到首页
     */
    private void receipt(Page p) {
        int h = p.buttonHeight();
        int bottom = p.rows - 1 - h;
        // Queued on this kiosk (network down): say so plainly, and that the clock starts later.
        String code = f().receiptCode;
        String kind = f().queued ? "remote.queued" : "request.receipt";
        p.line(0, k.t(kind + "_title", "code", ReceiptCode.grouped(code)), TextBlock.Style.EMPHASIS);
        List<TextBlock.Line> big = new ArrayList<>();
        ReceiptCode.big(code).forEach(l -> big.add(new TextBlock.Line(l, TextBlock.Style.EMPHASIS)));
        int w = Cells.width(ReceiptCode.big(code).get(0));
        p.text(Math.max(1, (p.cols - w) / 2), 2, Math.min(w, p.cols - 2), 3, big);
        p.paragraph(6, bottom - 6, k.t(kind, "code", ReceiptCode.grouped(code), "days", Deadlines.ANSWER_DAYS),
                TextBlock.Style.BOLD);
        List<Page.Spec> specs = new ArrayList<>();
        if (ReceiptPrinter.of(k.config).configured()) {
            specs.add(Page.Spec.of("1", k.t("request.print"), this::print));
        }
        specs.add(Page.Spec.of("0", k.t("common.home"), k::reset));
        p.row(bottom, h, specs);
    }

    private void go(RequestForm.Step step) {
        f().step = step;
        if (step == RequestForm.Step.CONTENT && f().content.length() == 0 && k.session().lastTitle != null) {
            f().content.append("《").append(k.session().lastTitle).append("》");
        }
        k.show(this);
    }

    private void next() {
        RequestForm f = f();
        switch (f.step) {
            case NAME -> {
                if (f.name.toString().isBlank()) {
                    k.say(k.t("request.name_missing"));
                } else {
                    f.pinyin.setLength(0);
                    go(RequestForm.Step.PHONE);
                }
            }
            case PHONE -> {
                if (!validPhone(f.phone.toString())) {
                    k.say(k.t("request.phone_invalid"));
                } else {
                    go(RequestForm.Step.CONTENT);
                }
            }
            case CONTENT -> {
                if (f.content.toString().isBlank()) {
                    k.say(k.t("request.content_missing"));
                } else {
                    go(RequestForm.Step.FORM);
                }
            }
            case ADDRESS -> {
                if (address.accept(f)) {
                    go(RequestForm.Step.CONFIRM);
                }
            }
            default -> { }
        }
    }

    /** A mobile number (11 digits from 1) or a landline with its area code (7 to 12 digits). */
    static boolean validPhone(String s) {
        return s.matches("1[3-9]\\d{9}") || s.matches("0\\d{6,11}") || s.matches("[2-9]\\d{6,7}");
    }

    private void type(StringBuilder field, String s) {
        int max = field == f().phone ? 12 : field == f().name ? MAX_NAME : MAX_CONTENT;
        if (field.length() + s.length() <= max) {
            field.append(s);
        }
        k.redraw();
    }

    private void backspace(StringBuilder field) {
        if (field.length() > 0) {
            field.setLength(field.length() - 1);
        }
        k.redraw();
    }

    private void submit() {
        RequestForm f = f();
        try {
            String name = f.nameAtDesk || f.name.toString().isBlank() ? null : f.name.toString().strip();
            Backend.Filed filed = k.backend.fileRequest(new NewRequest(f.type, name, f.phone.toString(), false,
                    RequestChannel.KIOSK, f.content.toString().strip(), f.formWanted, null, null,
                    AddressStep.filed(f), f.delivery));
            f.receiptCode = filed.code();
            f.queued = filed.queued();
        } catch (UserException e) {
            k.say(k.t("request.failed"));
            return;
        }
        LoggerFactory.getLogger(RequestScreen.class).info("kiosk: a request was filed");
        f.forgetAnswers();
        go(RequestForm.Step.RECEIPT);
    }

    private void print() {
        String code = f().receiptCode;
        String text = k.t("request.receipt_print", "code", ReceiptCode.grouped(code), "days", Deadlines.ANSWER_DAYS,
                "hall", k.config.hallName());
        boolean printed = ReceiptPrinter.of(k.config).print(text.lines().toList(), code);
        k.say(printed ? k.t("request.printed") : k.t("request.print_failed"));
    }

    @Override
    public boolean onKey(KeyStroke key) {
        RequestForm.Step s = f().step;
        if (s == RequestForm.Step.NAME || s == RequestForm.Step.ADDRESS) {
            PinyinField field = pinyinField();
            switch (key.getKeyType()) {
                case Backspace -> field.backspace();
                case Enter -> next();
                case Character -> {
                    if (s == RequestForm.Step.NAME && key.getCharacter() == '0' && f().pinyin.length() == 0
                            && f().name.length() == 0) {
                        nameAtDesk();
                    } else {
                        field.character(key);
                    }
                }
                default -> {
                    return false;
                }
            }
            return true;
        }
        boolean text = s == RequestForm.Step.CONTENT;
        StringBuilder field = f().content;
        if (s == RequestForm.Step.PHONE) {
            if (key.getKeyType() == KeyType.Backspace) {
                backspace(f().phone);
                return true;
            }
            if (key.getKeyType() == KeyType.Enter) {
                next();
                return true;
            }
            return false;
        }
        if (!text) {
            return false;
        }
        switch (key.getKeyType()) {
            case Backspace -> backspace(field);
            case Enter -> next();
            case Character -> {
                char c = key.getCharacter();
                if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                    return true;
                }
                type(field, String.valueOf(c));
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    public String hint() {
        return switch (f().step) {
            case NAME, ADDRESS, CONTENT -> k.t("request.typing_hint");
            case PHONE -> k.t("request.phone_hint");
            case RECEIPT -> k.t("request.receipt_hint");
            default -> k.t("common.hint");
        };
    }
}
