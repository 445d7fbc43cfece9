package cn.gongkai.gammu;

import cn.gongkai.outreach.SmsChannel;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * gammu-smsd's sent and error folders as delivery reports: a file of ours moved to {@code sent}
 * was handed to the network, one moved to {@code error} was not. Each file is reported once per
 * run; after a restart it is reported again, which changes nothing.
 */
final class SpoolReports {
    private final SmsdConfig config;
    private final SmsChannel channel;
    private final Set<String> reported = new HashSet<>();

    SpoolReports(SmsdConfig config, SmsChannel channel) {
        this.config = config;
        this.channel = channel;
    }

    /** Reports what is new in both folders; returns how many files. */
    int poll() throws IOException {
        return scan(config.sent(), "sent", null) + scan(config.error(), "failed", "gammu-smsd");
    }

    private int scan(Path folder, String status, String error) throws IOException {
        int n = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "OUT*_gk*")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                Matcher m = SpoolTransport.OURS.matcher(name);
                if (m.matches() && !reported.contains(name)) {
                    channel.delivered(new SmsChannel.DeliveryReport(name, Long.valueOf(m.group(2)), status, error));
                    reported.add(name);
                    n++;
                }
            }
        }
        return n;
    }
}
