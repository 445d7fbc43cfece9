package cn.gongkai.corpus;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for a disclosure id, and the one way to turn an id into a file name. An id comes
 * from people (the console form, a file's front matter, a CSV row) and ends up in paths, so it
 * is checked before anything touches the disk: letters, digits, {@code - _ .}, not starting with
 * {@code .}, at most 64 characters (the contract). Paths are resolved and must stay inside their
 * folder even so, so that a future change to the rule cannot open a hole by itself.
 */
public final class DisclosureIds {
    public static final int MAX_LENGTH = 64;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_\\-][A-Za-z0-9_.\\-]{0,63}");

    private DisclosureIds() {}

    /** True when {@code id} follows the contract's rule. */
    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Why {@code id} is refused, in words staff read, or empty when it is fine. */
    public static Optional<String> problem(String id) {
        if (id == null || id.isBlank()) {
            return Optional.of("编号不能为空");
        }
        if (id.length() > MAX_LENGTH) {
            return Optional.of("编号最多 " + MAX_LENGTH + " 个字符");
        }
        if (id.startsWith(".")) {
            return Optional.of("编号不能以“.”开头");
        }
        if (!isValid(id)) {
            return Optional.of("编号只能用字母、数字和 - _ .");
        }
        return Optional.empty();
    }

    /**
     * {@code folder/<id><suffix>}, or empty when the id breaks the rule or the resolved path
     * would leave {@code folder}.
     */
    public static Optional<Path> fileIn(Path folder, String id, String suffix) {
        if (!isValid(id)) {
            return Optional.empty();
        }
        Path base = folder.toAbsolutePath().normalize();
        Path file = base.resolve(id + suffix).normalize();
        return file.getParent() != null && file.getParent().equals(base) ? Optional.of(file) : Optional.empty();
    }
}
