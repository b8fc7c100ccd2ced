package vn.chibo.oversight;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Readiness, which the load balancer asks, follows the database: down while it does not answer,
 * while liveness (restart me) stays up. On a PostgreSQL of its own, which the test stops.
 */
@SpringBootTest(properties = "spring.datasource.hikari.connection-timeout=2000")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = ReadinessTest.OwnDatabase.class)
@DirtiesContext
class ReadinessTest {

    private static EmbeddedPostgres postgres;

    static class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TestPropertyValues.of("spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username=postgres", "spring.datasource.password=postgres").applyTo(context);
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void readinessIsDownWhileTheDatabaseIsStoppedAndLivenessStaysUp() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));

        postgres.close();

        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value("DOWN"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable());
    }

    @AfterAll
    static void stopTheDatabase() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
