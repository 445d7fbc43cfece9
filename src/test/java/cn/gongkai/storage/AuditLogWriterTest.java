package cn.gongkai.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The audit log has one writer: no other source file writes its SQL. */
class AuditLogWriterTest {
    @Test
    void only_AuditLog_writes_the_audit_log() throws IOException {
        List<Path> writers;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            writers = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return Files.readString(p).contains("INSERT INTO audit_log");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(p -> p.getFileName()).toList();
        }
        assertThat(writers).containsExactly(Path.of("AuditLog.java"));
    }
}
