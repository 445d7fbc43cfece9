package cn.gongkai.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Ids and file kinds for pages of a saved site. A page directly in a --source folder keeps its
 * file name as id (the contract's default); a page deeper in a mirrored site gets its relative
 * path with separators turned into {@code -} ({@code xxgk/tzgg/t20250301_1.html} →
 * {@code xxgk-tzgg-t20250301_1}), so two {@code index.html} never collide.
 */
final class SitePaths {
    /** Files a mirrored site holds besides its pages: passed over, never reported as errors. */
    private static final Set<String> ASSETS = Set.of("css", "js", "png", "jpg", "jpeg", "gif", "ico", "svg", "webp", "bmp",
            "woff", "woff2", "ttf", "eot", "otf", "map", "xml", "json", "txt", "swf", "mp4", "mp3", "flv");

    private SitePaths() {}

    static boolean isAsset(String ext) {
        return ASSETS.contains(ext);
    }

    /** True when the file sits in a subfolder of the source: part of a saved site, not a hand-made folder. */
    static boolean nested(Path root, Path file) {
        return root.relativize(file).getNameCount() > 1;
    }

    /**
     * The id for a page, following {@link DisclosureIds}: characters outside the rule become
     * {@code -}; a name in Chinese or too long becomes a stable {@code p-<hash>} of the path
     * (kept short and unique, as the rule needs), so a browser's "save as 标题.html" still imports.
     */
    static String id(Path root, Path file) {
        Path rel = root.relativize(file);
        String name = rel.toString().replace('\\', '/');
        String stem = name.contains(".") && name.lastIndexOf('.') > name.lastIndexOf('/')
                ? name.substring(0, name.lastIndexOf('.')) : name;
        String id = stem.replace('/', '-').replaceAll("[\\s?&=#%+,;:!'\"()\\[\\]{}]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^[-.]+|-+$", "");
        if (DisclosureIds.isValid(id)) {
            return id;
        }
        String hash = hash(name);
        String ascii = id.replaceAll("[^A-Za-z0-9_.\\-]", "");
        if (ascii.equals(id) && !id.isEmpty()) {
            // Too long: the end of the path is the part that tells pages apart.
            String tail = id.substring(id.length() - (DisclosureIds.MAX_LENGTH - 13)).replaceAll("^[-.]+", "");
            return "p-" + hash + "-" + tail;
        }
        return "p-" + hash;
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 10).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
