package vn.chibo.registry;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.chibo.organization.OrganizationSummary;
import vn.chibo.shared.Spreadsheet;

/**
 * The registry of an organization's tree in a file: {@code /organizations/{id}/import} takes an
 * upload and shows its check, then its import, with their progress; the template and the export
 * ({@code members.xlsx}) share the import's layout.
 */
@Controller
class RegistryController {

    private final RegistryImport imports;
    private final RegistryExport export;

    RegistryController(RegistryImport imports, RegistryExport export) {
        this.imports = imports;
        this.export = export;
    }

    @GetMapping("/organizations/{id}/import")
    String form(@PathVariable long id, Model model) {
        model.addAttribute("node", imports.requireImports(id));
        model.addAttribute("maxMegabytes", imports.maxSize() / (1024 * 1024));
        return "registry/import";
    }

    @PostMapping("/organizations/{id}/import")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            imports.requireImports(id);
            return "redirect:/organizations/" + id + "/import?nofile";
        }
        return "redirect:/organizations/" + id + "/import/" + imports.start(id, file).token();
    }

    @GetMapping("/organizations/{id}/import/{token:[0-9a-f]{32}}")
    String job(@PathVariable long id, @PathVariable String token, Model model) {
        OrganizationSummary node = imports.requireImports(id);
        model.addAttribute("node", node);
        model.addAttribute("job", imports.job(id, token));
        return "registry/job";
    }

    @PostMapping("/organizations/{id}/import/{token:[0-9a-f]{32}}/confirm")
    String confirm(@PathVariable long id, @PathVariable String token) {
        imports.confirm(id, token);
        return "redirect:/organizations/" + id + "/import/" + token;
    }

    @GetMapping("/organizations/{id}/import/template.xlsx")
    void template(@PathVariable long id, HttpServletResponse response) throws IOException {
        imports.requireImports(id);
        try (OutputStream out = Spreadsheet.download(response, "mau-nhap-dang-vien.xlsx")) {
            export.template(out);
        }
    }

    @GetMapping("/organizations/{id}/members.xlsx")
    void members(@PathVariable long id, HttpServletResponse response) throws IOException {
        OrganizationSummary node = imports.requireImports(id);
        try (OutputStream out = Spreadsheet.download(response, "dang-vien-" + node.code() + ".xlsx")) {
            export.write(node.path(), out);
        }
    }
}
