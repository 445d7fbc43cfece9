package cn.gongkai.letters;

import cn.gongkai.config.UserException;

/** PDF to print and seal; DOCX to edit in WPS or Word first. */
public enum LetterFormat {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    public final String mediaType;

    LetterFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static LetterFormat parse(String s) {
        for (LetterFormat f : values()) {
            if (f.extension().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return f;
            }
        }
        throw new UserException("文书格式只能是 pdf 或 docx，不是 " + s);
    }
}
