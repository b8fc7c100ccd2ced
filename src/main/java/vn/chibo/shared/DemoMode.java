package vn.chibo.shared;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this deployment carries the demo district: only when asked, with
 * {@code chibo.demo.enabled=true} (the README's {@code ./mvnw spring-boot:run} asks for it). A real
 * installation starts without it; while it is on, every page says so.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(Environment environment) {
        this.enabled = environment.getProperty("chibo.demo.enabled", Boolean.class, false);
    }

    public boolean enabled() {
        return enabled;
    }
}
