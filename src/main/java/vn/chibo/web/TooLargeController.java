package vn.chibo.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page a request over the size limit is forwarded to ({@link RequestSizeLimit}). */
@Controller
class TooLargeController {

    @RequestMapping(RequestSizeLimit.PAGE)
    String tooLarge(HttpServletResponse response) {
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        return "error/413";
    }
}
