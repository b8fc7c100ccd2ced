package vn.chibo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoModeTest {

    @Test
    void noDatabaseGetsTheDemoUnlessAskedFor() {
        assertThat(new DemoMode(new MockEnvironment()).enabled()).isFalse();
        MockEnvironment external = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/chibo");
        assertThat(new DemoMode(external).enabled()).isFalse();
    }

    @Test
    void theDemoIsOnWhenAskedFor() {
        assertThat(new DemoMode(new MockEnvironment().withProperty("chibo.demo.enabled", "true")).enabled()).isTrue();
        assertThat(new DemoMode(new MockEnvironment().withProperty("chibo.demo.enabled", "false")).enabled()).isFalse();
    }
}
