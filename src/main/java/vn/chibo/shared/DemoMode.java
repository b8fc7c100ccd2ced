package vn.chibo.shared;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether this deployment carries the demo district: by default only on the embedded database;
 * with an external database only when {@code chibo.demo.enabled=true}.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(Environment environment) {
        String explicit = environment.getProperty("chibo.demo.enabled");
        this.enabled = StringUtils.hasText(explicit)
                ? Boolean.parseBoolean(explicit.strip())
                : !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    public boolean enabled() {
        return enabled;
    }
}
