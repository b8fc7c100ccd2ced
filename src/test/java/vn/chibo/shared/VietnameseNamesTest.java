package vn.chibo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseNamesTest {

    private static List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        list.sort(Comparator.comparing(VietnameseNames::sortKey));
        return list;
    }

    @Test
    void peopleAreSortedByGivenNameThenByTheRest() {
        assertThat(sorted("Trần Văn Bình", "Nguyễn Thị Anh", "Lê Văn Bình", "Phạm Minh An"))
                .containsExactly("Phạm Minh An", "Nguyễn Thị Anh", "Lê Văn Bình", "Trần Văn Bình");
    }

    @Test
    void vietnameseLettersFollowTheVietnameseAlphabet() {
        // a ă â ... d đ ... o ô ơ ... u ư: Đ comes after D, not after Z.
        assertThat(sorted("Vũ Văn Đông", "Hồ Thị Dung", "Lê Văn Tuấn", "Mai Thị Ánh", "Bùi Văn Ân"))
                .containsExactly("Mai Thị Ánh", "Bùi Văn Ân", "Hồ Thị Dung", "Vũ Văn Đông", "Lê Văn Tuấn");
    }

    @Test
    void givenNameIsTheLastWord() {
        assertThat(VietnameseNames.givenName("  Nguyễn   Thị Minh Khai ")).isEqualTo("Khai");
        assertThat(VietnameseNames.givenName("Hùng")).isEqualTo("Hùng");
    }

    @Test
    void extraSpacesDoNotChangeTheOrder() {
        assertThat(VietnameseNames.sortKey("Nguyễn  Văn   An")).isEqualTo(VietnameseNames.sortKey("Nguyễn Văn An"));
    }
}
