package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.chibo.ChiboApplication;
import vn.chibo.support.Browser;
import vn.chibo.support.TestDatabase;

/** A new installation: no demo, no account, and the first administrator only from the environment. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

    private String url;

    @BeforeEach
    void emptyDatabase() {
        url = TestDatabase.emptyDatabase("new_install");
    }

    private ConfigurableApplicationContext start(String... arguments) {
        TestDatabase.Connection db = TestDatabase.connection();
        String[] all = new String[arguments.length + 4];
        all[0] = "--spring.datasource.url=" + url;
        all[1] = "--spring.datasource.username=" + db.username();
        all[2] = "--spring.datasource.password=" + db.password();
        all[3] = "--server.port=0";
        System.arraycopy(arguments, 0, all, 4, arguments.length);
        return new SpringApplicationBuilder(ChiboApplication.class).run(all);
    }

    private static MockMvc mvc(ConfigurableApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
    }

    @Test
    void withoutTheVariablesTheAppStartsAndSaysHowToCreateTheFirstAdministrator(CapturedOutput output)
            throws Exception {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(output.getOut()).contains(FirstAdministrator.HOW);
            String login = Browser.text(mvc(context).perform(get("/login")).andReturn());
            assertThat(login).contains("Chưa có tài khoản nào.").contains("CHIBO_BOOTSTRAP_ADMIN_USERNAME")
                    .doesNotContain("Dữ liệu mẫu:").doesNotContain("chibo-demo");
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from account", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from organization", Integer.class)).isZero();
        }
    }

    @Test
    void theFirstAdministratorComesFromTheEnvironmentOnceWithAPasswordToChange() throws Exception {
        String password = "Mật khẩu tạm của quản trị";
        try (ConfigurableApplicationContext context = start("--chibo.bootstrap.admin.username=quantri",
                "--chibo.bootstrap.admin.password=" + password)) {
            MockMvc mvc = mvc(context);
            MockHttpSession session = Browser.login(mvc, "quantri", password);
            mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account"));
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("""
                    select g.role from account a join account_grant g on g.account_id = a.id
                     where a.username = 'quantri' and a.must_change_password""", String.class))
                    .containsExactly("ADMIN");
        }
        try (ConfigurableApplicationContext context = start("--chibo.bootstrap.admin.username=nguoikhac",
                "--chibo.bootstrap.admin.password=Một mật khẩu khác hẳn")) {
            assertThat(context.getBean(JdbcTemplate.class).queryForList("select username from account", String.class))
                    .containsExactly("quantri");
        }
    }
}
