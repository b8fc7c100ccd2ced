package vn.chibo.registry;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chibo.member.BranchRole;
import vn.chibo.organization.BranchKind;
import vn.chibo.organization.OrganizationKind;

/**
 * The registry's file: a sheet "Tổ chức" of organizations and a sheet "Đảng viên" of members, each
 * with a header row. The template, the export and the import all read their layout from here.
 * Headers match by name in any order, with or without diacritics; dates are Excel dates or
 * dd/MM/yyyy.
 */
final class RegistryLayout {

    static final String ORGANIZATIONS = "Tổ chức";
    static final String MEMBERS = "Đảng viên";

    private RegistryLayout() {
    }

    /** The organizations sheet's columns. */
    enum OrgColumn {
        CODE("Mã", true), NAME("Tên", true), PARENT_CODE("Mã tổ chức cấp trên", true), KIND("Loại", true);

        final String header;
        final boolean required;

        OrgColumn(String header, boolean required) {
            this.header = header;
            this.required = required;
        }
    }

    /** The members sheet's columns. */
    enum MemberColumn {
        FULL_NAME("Họ và tên", true), GENDER("Giới tính", true), BIRTH_DATE("Ngày sinh", false),
        CARD_NUMBER("Số thẻ đảng viên", false), ADMITTED_ON("Ngày vào Đảng", true),
        FULL_ON("Ngày chính thức", false), BRANCH_CODE("Mã chi bộ", true), ROLE("Chức vụ trong chi bộ", false),
        JOB_TITLE("Công việc/chức vụ", false), LEADERSHIP("Giữ vị trí lãnh đạo", false),
        PHONE("Điện thoại", false), EMAIL("Email", false);

        final String header;
        final boolean required;

        MemberColumn(String header, boolean required) {
            this.header = header;
            this.required = required;
        }
    }

    static List<String> headers(Enum<?>[] columns) {
        return Arrays.stream(columns).map(c -> c instanceof OrgColumn o ? o.header : ((MemberColumn) c).header).toList();
    }

    /** A header or a label as compared: without diacritics (đ as d), lower case, letters and digits only. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The kinds as the file writes them: committees by their name, branches by their kind. */
    enum KindLabel {
        PROVINCE("Đảng bộ tỉnh", OrganizationKind.PROVINCE_COMMITTEE, null),
        DISTRICT("Đảng bộ huyện", OrganizationKind.DISTRICT_COMMITTEE, null),
        COMMUNE("Đảng bộ xã", OrganizationKind.COMMUNE_COMMITTEE, null),
        GRASSROOTS("Đảng bộ cơ sở", OrganizationKind.GRASSROOTS_COMMITTEE, null),
        DEPENDENT_BRANCH("Chi bộ trực thuộc", OrganizationKind.BRANCH, BranchKind.DEPENDENT),
        GRASSROOTS_BRANCH("Chi bộ cơ sở", OrganizationKind.BRANCH, BranchKind.GRASSROOTS);

        final String label;
        final OrganizationKind kind;
        final BranchKind branchKind;

        KindLabel(String label, OrganizationKind kind, BranchKind branchKind) {
            this.label = label;
            this.kind = kind;
            this.branchKind = branchKind;
        }

        private static final Map<String, KindLabel> BY_LABEL = Arrays.stream(values())
                .collect(Collectors.toMap(k -> normalize(k.label), Function.identity()));

        static Optional<KindLabel> parse(String text) {
            String key = normalize(text);
            if (key.equals("chibo")) {
                return Optional.of(DEPENDENT_BRANCH);
            }
            return Optional.ofNullable(BY_LABEL.get(key));
        }

        static KindLabel of(OrganizationKind kind, BranchKind branchKind) {
            return Arrays.stream(values()).filter(k -> k.kind == kind && k.branchKind == branchKind).findFirst()
                    .orElseThrow();
        }
    }

    private static final Map<String, BranchRole> ROLES = Map.of(
            normalize("Bí thư"), BranchRole.SECRETARY, normalize("Phó Bí thư"), BranchRole.DEPUTY_SECRETARY,
            normalize("Chi ủy viên"), BranchRole.COMMITTEE_MEMBER, normalize("Đảng viên"), BranchRole.MEMBER);

    /** A role as written in the file (empty: a member without a role). */
    static Optional<BranchRole> role(String text) {
        return text == null || text.isBlank() ? Optional.of(BranchRole.MEMBER) : Optional.ofNullable(ROLES.get(normalize(text)));
    }

    static String roleLabel(BranchRole role) {
        return switch (role) {
            case SECRETARY -> "Bí thư";
            case DEPUTY_SECRETARY -> "Phó Bí thư";
            case COMMITTEE_MEMBER -> "Chi ủy viên";
            case MEMBER -> "Đảng viên";
        };
    }

    /** "Nam" / "Nữ" (or M/F, male/female); empty when not one of them. */
    static Optional<String> gender(String text) {
        return switch (normalize(text)) {
            case "nam", "m", "male" -> Optional.of("MALE");
            case "nu", "f", "female" -> Optional.of("FEMALE");
            default -> Optional.empty();
        };
    }

    static String genderLabel(String gender) {
        return "MALE".equals(gender) ? "Nam" : "Nữ";
    }

    /** "Có" / "Không" (or x, yes, 1): whether the member holds a leadership post; empty when unclear. */
    static Optional<Boolean> yesNo(String text) {
        return switch (normalize(text)) {
            case "", "khong", "no", "0" -> Optional.of(false);
            case "co", "x", "yes", "1" -> Optional.of(true);
            default -> Optional.empty();
        };
    }

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ISO_LOCAL_DATE);

    /** A date written as text; empty when it is not a real date. */
    static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format.withResolverStyle(
                        java.time.format.ResolverStyle.STRICT)));
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return Optional.empty();
    }
}
