package cn.gongkai.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 按部门/乡镇找 on a platform of several bodies: the bodies, then one body's own documents. */
class BodiesScreenTest {
    @TempDir Path home;

    @Test
    void the_menu_lists_the_bodies_and_a_body_lists_only_its_documents() throws Exception {
        Files.createDirectories(home.resolve("kiosk-config"));
        Files.writeString(home.resolve("kiosk-config/bodies.yaml"), cn.gongkai.bodies.BodiesReportTest.BODIES);
        try (KioskHarness k = KioskHarness.open(home, 100, 40)) {
            assertThat(k.text()).contains("按部门/乡镇找");
            k.type("B");
            assertThat(k.kiosk.screen()).isInstanceOf(BodiesScreen.class);
            assertThat(k.text()).contains("区民政局").contains("区应急局");
            k.type("2");
            assertThat(k.kiosk.screen()).isInstanceOf(ResultsScreen.class);
            assertThat(k.text()).contains("区应急局");
            k.type("1");
            assertThat(k.kiosk.screen()).isInstanceOf(DocumentScreen.class);
            assertThat(k.text()).contains("应急管理局");
        }
    }

    @Test
    void a_home_of_one_body_keeps_its_menu() {
        try (KioskHarness k = KioskHarness.open(home, 100, 40)) {
            assertThat(k.text()).doesNotContain("按部门/乡镇找");
        }
    }
}
