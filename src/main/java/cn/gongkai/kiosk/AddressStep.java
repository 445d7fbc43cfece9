package cn.gongkai.kiosk;

import cn.gongkai.requests.DeliveryWanted;

/**
 * The postal address of a kiosk request (Art. 29): asked only when the answer is to be posted,
 * spelt with the pinyin picker like the name, and filed in the request's own address and
 * delivery fields, so staff confirm receipt without typing the address again.
 */
final class AddressStep {
    static final int MAX_ADDRESS = 60;
    private final Kiosk k;
    private final NamePicker picker;

    AddressStep(Kiosk k, NamePicker picker) {
        this.k = k;
        this.picker = picker;
    }

    /**
     * The way of delivery a choice of form means: paper by post is MAIL, paper at the hall is
     * IN_PERSON; an electronic file may go by e-mail or otherwise, so staff settle it.
     */
    static DeliveryWanted deliveryOf(String option) {
        return switch (option) {
            case "post" -> DeliveryWanted.MAIL;
            case "pickup" -> DeliveryWanted.IN_PERSON;
            default -> null;
        };
    }

    PinyinField field(RequestForm f) {
        return new PinyinField(k, picker, f.address, f.pinyin, MAX_ADDRESS);
    }

    /** The third key of the address screen: a space between village, group and house number. */
    Page.Spec spaceKey(RequestForm f) {
        return Page.Spec.of("␣", k.t("request.space"), () -> {
            if (f.address.length() < MAX_ADDRESS) {
                f.address.append(' ');
            }
            k.redraw();
        });
    }

    /** Enter on the address screen: true when there is an address to go on with, else says what is missing. */
    boolean accept(RequestForm f) {
        if (f.address.toString().isBlank()) {
            k.say(k.t("request.address_missing"));
            return false;
        }
        f.pinyin.setLength(0);
        return true;
    }

    /** How the check screen states the way of getting the answer: the form, with the address when posted. */
    String shown(RequestForm f) {
        return f.delivery == DeliveryWanted.MAIL
                ? k.t("request.form_post_to", "address", f.address.toString().strip()) : f.formWanted;
    }

    /** The address filed with the request: only when the answer is to be posted. */
    static String filed(RequestForm f) {
        return f.delivery == DeliveryWanted.MAIL ? f.address.toString().strip() : null;
    }
}
