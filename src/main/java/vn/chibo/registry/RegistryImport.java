package vn.chibo.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import vn.chibo.organization.OrganizationService;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.security.AccessPolicy;

/**
 * Imports a registry file under an organization the user manages. The upload is kept in a temporary
 * file and read in the background, a row at a time, so the page shows its progress instead of
 * hanging: first a check that writes nothing (the preview), then, once the user confirms, the same
 * check again and the writing, all or nothing in one transaction. Jobs live on the node that took
 * the upload, for an hour.
 */
@Service
class RegistryImport {

    private static final Logger log = LoggerFactory.getLogger(RegistryImport.class);
    private static final Duration KEPT = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final OrganizationService organizations;
    private final AccessPolicy access;
    private final RegistryWriter writer;
    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;
    private final TaskExecutor executor;
    private final Clock clock;
    private final long maxSize;

    RegistryImport(OrganizationService organizations, AccessPolicy access, RegistryWriter writer, JdbcClient jdbc,
                   PlatformTransactionManager transactions, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
                   Clock clock, @Value("${chibo.import.max-size:20MB}") DataSize maxSize) {
        this.organizations = organizations;
        this.access = access;
        this.writer = writer;
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.executor = executor;
        this.clock = clock;
        this.maxSize = maxSize.toBytes();
    }

    /** The organization to import under, if the user manages it. */
    OrganizationSummary requireImports(long organizationId) {
        OrganizationSummary node = organizations.getVisible(organizationId);
        access.requireManage(node.path());
        return node;
    }

    long maxSize() {
        return maxSize;
    }

    /** Takes the upload and starts checking it; refuses an empty or too large one at once. */
    ImportJob start(long organizationId, MultipartFile upload) throws IOException {
        requireImports(organizationId);
        String name = upload.getOriginalFilename() == null ? "" : upload.getOriginalFilename();
        Path file = Files.createTempFile("chibo-import-", ".upload");
        try (InputStream in = upload.getInputStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        forgetOldJobs();
        String token = HexFormat.of().formatHex(bytes());
        ImportJob job = new ImportJob(token, access.currentUser().accountId(), organizationId, name, file,
                clock.instant());
        jobs.put(token, job);
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (upload.isEmpty() || Files.size(file) == 0) {
            job.refused("registry.error.empty");
        } else if (Files.size(file) > maxSize) {
            job.refused("registry.error.tooLarge", DataSize.ofBytes(maxSize).toMegabytes());
        } else if (!lower.endsWith(".xlsx") && !lower.endsWith(".csv")) {
            job.refused("registry.error.type");
        } else {
            run(job, () -> check(job));
            return job;
        }
        deleteFile(job);
        return job;
    }

    private static byte[] bytes() {
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        return token;
    }

    /** The user's own job under this organization; 404 for anyone else's or an expired one. */
    ImportJob job(long organizationId, String token) {
        ImportJob job = jobs.get(token);
        if (job == null || job.organizationId != organizationId || job.accountId != access.currentUser().accountId()) {
            throw new ImportNotFoundException(token);
        }
        return job;
    }

    /** Confirmed after a clean preview: checks again and writes, in the background. */
    void confirm(long organizationId, String token) {
        requireImports(organizationId);
        ImportJob job = job(organizationId, token);
        if (job.state() != ImportJob.State.CHECKED || job.outcome().problemCount() > 0) {
            throw new AccessDeniedException("only a checked file without problems is imported");
        }
        job.importing();
        run(job, () -> importFile(job));
    }

    private void run(ImportJob job, Runnable work) {
        SecurityContext context = SecurityContextHolder.getContext();
        executor.execute(() -> {
            SecurityContextHolder.setContext(context);
            try {
                work.run();
            } catch (RuntimeException e) {
                log.error("Import {} of {} failed", job.token, job.fileName, e);
                job.refused("registry.error.failed");
                deleteFile(job);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private void check(ImportJob job) {
        readOnly.executeWithoutResult(status -> {
            RegistryCheck check = new RegistryCheck(root(job), jdbc, false, LocalDate.now(clock), job.rows);
            if (read(job, check)) {
                job.checked(check.outcome());
            }
        });
        if (job.state() != ImportJob.State.CHECKED || job.outcome().problemCount() > 0) {
            deleteFile(job);
        }
    }

    private void importFile(ImportJob job) {
        writing.executeWithoutResult(status -> {
            RegistryCheck check = new RegistryCheck(root(job), jdbc, true, LocalDate.now(clock), new AtomicLong());
            if (!read(job, check)) {
                status.setRollbackOnly();
                return;
            }
            RegistryCheck.Outcome outcome = check.outcome();
            if (outcome.problemCount() > 0) {
                status.setRollbackOnly();
                job.refused(outcome);
                return;
            }
            writer.write(root(job), check.orgChanges(), check.memberChanges(), access.currentUser().getUsername(),
                    LocalDate.now(clock), job.rows);
            job.imported(outcome);
        });
        deleteFile(job);
    }

    /** Reads the file into the check; false (and the job refused) when it is not a registry. */
    private static boolean read(ImportJob job, RegistryCheck check) {
        try {
            RegistryReader.read(job.file, check);
            return true;
        } catch (RegistryFileException e) {
            job.refused(e.messageKey(), e.arguments());
            return false;
        } catch (IOException e) {
            job.refused("registry.error.unreadable");
            return false;
        }
    }

    private RegistryCheck.Existing root(ImportJob job) {
        OrganizationSummary node = organizations.get(job.organizationId);
        return new RegistryCheck.Existing(node.id(), node.parentId(), node.kind(),
                node.branchKind() == null ? null : node.branchKind().name(), node.name(), node.code(), node.path(),
                node.dissolvedOn());
    }

    private static void deleteFile(ImportJob job) {
        try {
            Files.deleteIfExists(job.file);
        } catch (IOException e) {
            log.warn("Could not delete {}", job.file);
        }
    }

    /** The files of jobs never confirmed go when the app stops. */
    @jakarta.annotation.PreDestroy
    void deleteFiles() {
        jobs.values().forEach(RegistryImport::deleteFile);
    }

    /** Jobs older than an hour go, with their files (looked at whenever a new one starts). */
    private void forgetOldJobs() {
        jobs.values().removeIf(job -> {
            boolean old = !job.working() && job.started.plus(KEPT).isBefore(clock.instant());
            if (old) {
                deleteFile(job);
            }
            return old;
        });
    }
}
