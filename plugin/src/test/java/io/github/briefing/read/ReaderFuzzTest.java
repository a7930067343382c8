package io.github.briefing.read;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any bytes, in any article format, give articles or problems that name the file: never an exception. */
class ReaderFuzzTest {

    private static final List<String> NAMES = List.of("a.txt", "a.md", "a.json", "a.jsonl");

    @FuzzTest(maxDuration = "30s")
    void anyFileIsArticlesOrProblems(FuzzedDataProvider data) {
        Path file = Path.of("corpus", data.pickValue(NAMES));
        byte[] bytes = data.consumeRemainingAsBytes();
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.text().isEmpty()) {
            assertNotNull(decoded.what());
            assertNotNull(decoded.fix());
            return;
        }
        List<Problem> problems = new ArrayList<>();
        List<RawArticle> articles = ArticleFormat.forFile(file).orElseThrow()
                .parse("a", file, decoded.text().get(), problems);
        for (Problem problem : problems) {
            assertTrue(problem.file().equals(file) && !problem.what().isBlank() && !problem.fix().isBlank(), problem.toString());
        }
        for (RawArticle article : articles) {
            assertFalse(article.id().isEmpty());
            assertNotNull(article.text());
        }
        assertTrue(!articles.isEmpty() || !problems.isEmpty() || decoded.text().get().isBlank(),
                "a decodable file is an article or a problem, never nothing");
    }
}
