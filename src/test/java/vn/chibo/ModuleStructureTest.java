package vn.chibo;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Package by feature, checked: fails when packages form a cycle or when a feature reaches into
 * another feature's internal (sub-)packages.
 */
class ModuleStructureTest {

    @Test
    void featuresFormNoCyclesAndUseOnlyEachOthersPublicApi() {
        ApplicationModules.of(ChiboApplication.class).verify();
    }
}
