package org.lagebild.clean;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Article;
import org.lagebild.model.Noise;

/** Prints what the detector flags on real text (seeds, 200 FANG-COVID articles) for review. */
class NoiseSampleDump {

  @Test
  void printFlaggedSamples() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Boolean.getBoolean("noise.dump"), "review aid: run with -Dnoise.dump=true");
    List<Article> articles = new ArrayList<>(SharedTestData.seeds());
    articles.addAll(SharedTestData.fangCovid(200));
    for (Article a : articles) {
      for (Noise n : NoiseDetector.detect(a.text())) {
        if (n.kind().equals("whitespace")) {
          continue;
        }
        String covered = n.span().of(a.text()).replace("\n", "\\n");
        System.out.println(a.id() + "\t" + n.kind() + "\t" + covered.substring(0, Math.min(120, covered.length())));
      }
    }
  }
}
