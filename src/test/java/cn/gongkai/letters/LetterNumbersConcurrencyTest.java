package cn.gongkai.letters;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Cli;
import cn.gongkai.config.Home;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.app.Records;
import cn.gongkai.requests.RequestChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterNumbersConcurrencyTest {

    @TempDir Path home;

    @Test
    void letters_printed_at_once_from_two_openings_of_the_database_get_distinct_gapless_numbers() throws Exception {
        // Two Records over the same file stand for the console and a shell command at the same time.
        Records a = Records.open(new Home(home), Cli.clockAt(of(2026, 11, 30)));
        Records b = Records.open(new Home(home), Cli.clockAt(of(2026, 11, 30)));
        int n = 12;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(a.requests().add(new NewRequest(ApplicantType.NATURAL_PERSON, "申请人" + i, null, true,
                    RequestChannel.IN_PERSON, "内容" + i, null, of(2026, 11, 2), null), "王芳"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> numbers = new ConcurrentLinkedQueue<>();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = ids.get(i);
            Letters letters = new Letters(i % 2 == 0 ? a : b);
            // Each request's receipt is printed twice, concurrently: the second print must reuse the first number.
            for (int twice = 0; twice < 2; twice++) {
                done.add(pool.submit(() -> {
                    start.await();
                    numbers.add(id + ":" + letters.print(id, LetterKind.RECEIPT, LetterFormat.DOCX, "王芳").letter().number());
                    return null;
                }));
            }
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(numbers).hasSize(2 * n);
        // Every request has one number, whichever print saw it first...
        assertThat(numbers.stream().distinct().count()).isEqualTo(n);
        // ...and the numbers are 1..n, none given twice, none skipped.
        assertThat(numbers.stream().distinct().map(s -> Integer.parseInt(s.split(":")[1])).sorted().toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, n).boxed().toList());
    }
}
