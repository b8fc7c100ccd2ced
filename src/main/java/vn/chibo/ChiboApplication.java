package vn.chibo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ChiboApplication {

    /** The JDK's own XSLT factory, the one a lookup finds anyway: none other is on the class path. */
    private static final String JDK_TRANSFORMER_FACTORY =
            "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl";

    public static void main(String[] args) {
        // Named once, so that each Excel export (Apache POI asks for a new factory per file part)
        // does not search every jar for a provider: 13% of an export's CPU before.
        if (System.getProperty("javax.xml.transform.TransformerFactory") == null) {
            System.setProperty("javax.xml.transform.TransformerFactory", JDK_TRANSFORMER_FACTORY);
        }
        SpringApplication.run(ChiboApplication.class, args);
    }
}
