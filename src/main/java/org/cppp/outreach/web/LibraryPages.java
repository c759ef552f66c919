package org.cppp.outreach.web;

import org.cppp.outreach.Publications;
import org.cppp.outreach.Stories;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public guidebooks, success stories and resources area, with their downloads. */
@Controller
class LibraryPages {

  private final Publications publications;
  private final Stories stories;

  LibraryPages(Publications publications, Stories stories) {
    this.publications = publications;
    this.stories = stories;
  }

  @GetMapping("/guidebooks")
  String guidebooks(Model model) {
    model.addAttribute("guidebooks", publications.publishedGuidebooks());
    return "outreach/guidebooks";
  }

  @GetMapping("/guidebooks/{id}/pdf")
  ResponseEntity<byte[]> guidebookPdf(@PathVariable long id) {
    return Downloads.of(publications.downloadGuidebook(id, false), false);
  }

  @GetMapping("/stories")
  String stories(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(
        "stories",
        stories.published(
            PageRequest.of(Math.max(page, 0), 12, Sort.by(Sort.Direction.DESC, "id"))));
    return "outreach/stories";
  }

  @GetMapping("/stories/{id}")
  String story(@PathVariable long id, Model model) {
    model.addAttribute("story", stories.publishedStory(id));
    return "outreach/story";
  }

  @GetMapping("/stories/{id}/photos/{position}")
  ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable int position) {
    return Downloads.of(stories.photo(id, position), true);
  }

  @GetMapping("/resources")
  String resources(Model model) {
    model.addAttribute("resources", publications.resources(false));
    return "outreach/resources";
  }

  @GetMapping("/resources/{id}/file")
  ResponseEntity<byte[]> resource(@PathVariable long id) {
    return Downloads.of(publications.downloadResource(id), false);
  }
}
