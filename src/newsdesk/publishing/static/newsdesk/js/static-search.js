/*
 * Newsdesk static search: the search page of a static export, answered in the browser.
 *
 * Reads q, category, year and page from the address as the live search page does, fetches
 * the language's prebuilt index (search/index.json beside the page), and shows the results
 * with the live page's markup. Matching ignores case and accents: the index holds each
 * article's words already normalised (NFD, marks removed, lower case) and the query is
 * normalised the same way. Every word must begin a word of the article; "or" between two
 * words accepts either; a leading "-" excludes a word.
 *
 * No dependencies, no inline code, no eval, and text only ever set with textContent, so the
 * page works under a strict Content-Security-Policy and no article can inject markup.
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-static-search]");
  if (!root) {
    return;
  }
  var fallback = document.querySelector("[data-static-search-fallback]");
  if (fallback) {
    fallback.hidden = true;
  }

  var messages = JSON.parse(root.getAttribute("data-messages") || "{}");
  var pageSize = parseInt(root.getAttribute("data-page-size"), 10) || 10;
  var params = new URLSearchParams(window.location.search);
  var query = (params.get("q") || "").replace(/\s+/g, " ").trim();
  var category = params.get("category") || "";
  var year = params.get("year") || "";
  var pageNumber = parseInt(params.get("page") || "1", 10) || 1;

  function normalise(text) {
    return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  }

  function wordsOf(text) {
    return normalise(text).match(/[\p{L}\p{N}]+/gu) || [];
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  // The query as groups (each must match; any alternative of a group will do) and excluded
  // alternatives (none may match). An alternative is a list of words, all required.
  function parse(text) {
    var groups = [];
    var excluded = [];
    var joinNext = false;
    var tokens = text.match(/-?"[^"]*"?|\S+/g) || [];
    tokens.forEach(function (token) {
      if (token.toLowerCase() === "or" && groups.length) {
        joinNext = true;
        return;
      }
      var negated = token.length > 1 && token.charAt(0) === "-";
      var words = wordsOf(negated ? token.slice(1) : token);
      if (!words.length) {
        return;
      }
      if (negated) {
        excluded.push(words);
      } else if (joinNext) {
        groups[groups.length - 1].push(words);
      } else {
        groups.push([words]);
      }
      joinNext = false;
    });
    return { groups: groups, excluded: excluded };
  }

  function hasAll(text, words) {
    return words.every(function (word) {
      return text.indexOf(" " + word) !== -1;
    });
  }

  function matches(entry, parsed) {
    if (category && entry.categories.indexOf(category) === -1) {
      return false;
    }
    if (year && String(entry.year) !== year) {
      return false;
    }
    var text = " " + entry.text;
    var wanted = parsed.groups.every(function (group) {
      return group.some(function (words) {
        return hasAll(text, words);
      });
    });
    return wanted && !parsed.excluded.some(function (words) {
      return hasAll(text, words);
    });
  }

  function pageAddress(number) {
    var next = new URLSearchParams();
    next.set("q", query);
    if (category) {
      next.set("category", category);
    }
    if (year) {
      next.set("year", year);
    }
    if (number > 1) {
      next.set("page", String(number));
    }
    return window.location.pathname + "?" + next.toString();
  }

  // The same page numbers as Django's Paginator.get_elided_page_range(n, 2, 1).
  function pageRange(number, count) {
    var onEachSide = 2;
    var onEnds = 1;
    var range = [];
    var i;
    if (count <= (onEachSide + onEnds) * 2) {
      for (i = 1; i <= count; i += 1) {
        range.push(i);
      }
      return range;
    }
    if (number > 1 + onEachSide + onEnds + 1) {
      for (i = 1; i <= onEnds; i += 1) {
        range.push(i);
      }
      range.push(null);
      for (i = number - onEachSide; i <= number; i += 1) {
        range.push(i);
      }
    } else {
      for (i = 1; i <= number; i += 1) {
        range.push(i);
      }
    }
    if (number < count - onEachSide - onEnds - 1) {
      for (i = number + 1; i <= number + onEachSide; i += 1) {
        range.push(i);
      }
      range.push(null);
      for (i = count - onEnds + 1; i <= count; i += 1) {
        range.push(i);
      }
    } else {
      for (i = number + 1; i <= count; i += 1) {
        range.push(i);
      }
    }
    return range;
  }

  function pageLink(number, text, rel) {
    var link = element("a", "", text);
    link.href = pageAddress(number);
    if (rel) {
      link.rel = rel;
    }
    return link;
  }

  function pagination(number, count) {
    var nav = element("nav", "pagination");
    nav.setAttribute("aria-label", messages.pages);
    var list = element("ul");
    nav.appendChild(list);
    function item(child) {
      var li = element("li");
      li.appendChild(child);
      list.appendChild(li);
    }
    if (number > 1) {
      item(pageLink(number - 1, messages.previous, "prev"));
    }
    pageRange(number, count).forEach(function (n) {
      if (n === null) {
        item(element("span", "pagination__gap", "\u2026"));
        return;
      }
      var link = pageLink(n);
      link.appendChild(element("span", "visually-hidden", messages.page + " "));
      link.appendChild(document.createTextNode(String(n)));
      if (n === number) {
        link.setAttribute("aria-current", "page");
      }
      item(link);
    });
    if (number < count) {
      item(pageLink(number + 1, messages.next, "next"));
    }
    return nav;
  }

  function card(entry) {
    var article = element("article", "card search-result");
    var body = element("div", "card__body");
    var heading = element("h2", "card__title" + (entry.untitled ? " card__title--untitled" : ""));
    var link = element("a", "", entry.title);
    link.href = entry.url;
    heading.appendChild(link);
    var meta = element("p", "card__meta");
    var time = element("time", "", entry.date_text);
    time.setAttribute("datetime", entry.date);
    meta.appendChild(time);
    body.appendChild(heading);
    body.appendChild(meta);
    body.appendChild(element("p", "card__excerpt search-result__snippet", entry.excerpt));
    article.appendChild(body);
    return article;
  }

  function show(index) {
    var parsed = parse(query);
    var found = parsed.groups.length
      ? index.articles.filter(function (entry) {
          return matches(entry, parsed);
        })
      : [];
    var count = Math.max(1, Math.ceil(found.length / pageSize));
    var number = Math.min(Math.max(pageNumber, 1), count);
    var plural = new Intl.PluralRules(document.documentElement.lang || "en").select(found.length);
    var line = fill(plural === "one" ? messages.count_one : messages.count_other, {
      count: found.length,
      query: query,
    });
    if (number > 1) {
      line += " \u2013 " + fill(messages.page_of, { page: number, pages: count });
    }
    root.appendChild(element("p", "search-count", line));
    if (!found.length) {
      root.appendChild(element("p", "empty", messages.empty));
      return;
    }
    var results = element("div", "search-results");
    found.slice((number - 1) * pageSize, number * pageSize).forEach(function (entry) {
      results.appendChild(card(entry));
    });
    root.appendChild(results);
    if (count > 1) {
      root.appendChild(pagination(number, count));
    }
    var title = fill(messages.quoted, { query: query });
    if (number > 1) {
      title += " \u2013 " + fill(messages.page_n, { page: number });
    }
    document.title = title + " \u2013 " + messages.title_end;
  }

  function fillForm() {
    var form = document.querySelector("form.search-form");
    if (!form) {
      return;
    }
    var values = { q: query, category: category, year: year };
    Object.keys(values).forEach(function (name) {
      var field = form.elements.namedItem(name);
      if (field && values[name]) {
        field.value = values[name];
      }
    });
  }

  fillForm();
  if (!query) {
    return;
  }
  if (!wordsOf(query).length) {
    show({ articles: [] }); // nothing searchable: no results, as on the live page
    return;
  }
  fetch(root.getAttribute("data-index"), { credentials: "same-origin" })
    .then(function (response) {
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      return response.json();
    })
    .then(show)
    .catch(function () {
      root.appendChild(element("p", "empty", messages.failed));
    });
})();
