package vn.chibo.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's backup of the embedded database, tried for real: deploy/backup.sh refuses a folder
 * whose PostgreSQL still runs, copies a stopped one, and restores it into an empty folder where
 * PostgreSQL starts again with every row.
 */
class BackupScriptTest {

    record Run(int exit, String output) {
    }

    private static Run script(String... arguments) throws IOException, InterruptedException {
        String[] command = Stream.concat(Stream.of("bash", "deploy/backup.sh"), Stream.of(arguments))
                .toArray(String[]::new);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    private static EmbeddedPostgres start(Path data) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
    }

    @Test
    void aColdBackupOfTheDataFolderRestoresEveryRow(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("postgres");
        Path archive = dir.resolve("chibo-backup.tar.gz");
        try (EmbeddedPostgres postgres = start(data)) {
            JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
            jdbc.execute("create table member_copy (full_name text)");
            jdbc.update("insert into member_copy values ('Nguyễn Văn Sao Lưu')");
            Run refused = script("backup", data.toString(), archive.toString());
            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.output()).contains("stop it first");
        }
        Run backup = script("backup", data.toString(), archive.toString());
        assertThat(backup.exit()).as(backup.output()).isZero();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        Run restore = script("restore", archive.toString(), data.toString());
        assertThat(restore.exit()).as(restore.output()).isZero();
        try (EmbeddedPostgres postgres = start(data)) {
            assertThat(new JdbcTemplate(postgres.getPostgresDatabase())
                    .queryForObject("select full_name from member_copy", String.class)).isEqualTo("Nguyễn Văn Sao Lưu");
        }
        Run overwrite = script("restore", archive.toString(), data.toString());
        assertThat(overwrite.exit()).isEqualTo(1);
        assertThat(overwrite.output()).contains("is not empty");
    }
}
