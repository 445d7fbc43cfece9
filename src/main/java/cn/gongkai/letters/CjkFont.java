package cn.gongkai.letters;

import cn.gongkai.config.UserException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Chinese font embedded in PDF letters, from Debian's font packages. Looked up at run
 * time so a district can install either package; none at all is a one-line error saying which
 * package to install.
 */
public final class CjkFont {
    /** Font file, and for a collection (.ttc) the index of the face to use. */
    public record Face(Path file, int index, String family) {
        /** The path the PDF library reads: {@code file.ttc,0} for a face in a collection. */
        public String spec() {
            return file.toString().endsWith(".ttc") ? file + "," + index : file.toString();
        }
    }

    static final List<Face> CANDIDATES = List.of(
            new Face(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), 0, "WenQuanYi Zen Hei"),
            new Face(Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"), 2, "Noto Serif CJK SC"),
            new Face(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"), 2, "Noto Sans CJK SC"),
            new Face(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), 0, "WenQuanYi Micro Hei"),
            new Face(Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"), 0, "AR PL UMing"));

    private CjkFont() {}

    public static Face find() {
        return find(CANDIDATES);
    }

    static Face find(List<Face> candidates) {
        for (Face f : candidates) {
            if (Files.isReadable(f.file())) {
                return f;
            }
        }
        throw new UserException("找不到中文字体，无法生成 PDF 文书：请安装 fonts-wqy-zenhei（apt-get install fonts-wqy-zenhei）");
    }
}
