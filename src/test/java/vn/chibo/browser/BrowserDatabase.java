package vn.chibo.browser;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** A database of its own for the browser journeys, with a fresh demo district: nothing other tests did shows. */
public final class BrowserDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static String url;

    private static synchronized String url() {
        if (url == null) {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        // the JVM is ending
                    }
                }));
                url = postgres.getJdbcUrl("postgres", "postgres");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return url;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.datasource.url=" + url(), "spring.datasource.username=postgres",
                "spring.datasource.password=postgres", "chibo.demo.enabled=true").applyTo(context);
    }
}
