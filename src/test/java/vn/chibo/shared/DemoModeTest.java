package vn.chibo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoModeTest {

    @Test
    void theEmbeddedDatabaseCarriesTheDemoByDefault() {
        assertThat(new DemoMode(new MockEnvironment()).enabled()).isTrue();
    }

    @Test
    void anExternalDatabaseNeverGetsTheDemoUnlessAskedFor() {
        MockEnvironment external = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/chibo");
        assertThat(new DemoMode(external).enabled()).isFalse();
        assertThat(new DemoMode(external.withProperty("chibo.demo.enabled", "true")).enabled()).isTrue();
    }

    @Test
    void theDemoCanBeSwitchedOffOnTheEmbeddedDatabase() {
        assertThat(new DemoMode(new MockEnvironment().withProperty("chibo.demo.enabled", "false")).enabled()).isFalse();
    }
}
