/// The commented config `briefcast init` writes: every key, with its default.
public enum ExampleConfig {
    public static let text = """
        # Briefcast daily briefing — `briefcast daily` reads this file.
        # Paths are relative to this file's folder; ~ is your home folder.

        # Where stories come from, most important first. Each is a folder of article files
        # (.txt, .html, .md), an article file, an article URL, or an RSS/Atom feed (file or URL).
        # A feed item is read from its page, else from the feed's own text.
        sources:
          - ~/Articles
          # - https://feeds.bbci.co.uk/news/world/rss.xml
          # - url: https://www.theguardian.com/world/rss
          #   name: The Guardian        # said before its stories: "Next, from The Guardian."
          #   priority: 1               # higher comes first; equal keeps this order
          #   limit: 3                  # stories from this source, at most

        # Where briefings, their chapters and transcripts, and feed.xml are written.
        output_dir: ~/Briefings
        # The briefing's file name; {date} is yyyy-mm-dd. ".wav" is added.
        file_name: briefing-{date}

        max_stories: 10               # stories in one briefing
        per_source: 5                 # stories from one source, unless it sets a limit
        depth: full                   # headlines, summary or full
        # minutes: 15                 # fit the briefing to about this long
        summary_sentences: 2          # 1-3, when an article has no standfirst
        keep_days: 14                 # older briefings (and their feed items) are removed
        audio_format: wav             # wav, mp3 (podcast apps) or opus (smallest)
        # rate: 200                   # narrator's words per minute (80-450); other voices keep pace
        tones: false                  # a chime before each story, and at the start and end
        srt: false                    # SubRip subtitles beside the WebVTT transcript
        loudness: -16                 # LUFS (dual mono); "off" keeps the engine's level

        # voices: /usr/local/share/briefcast/Voices
        # lexicon: my-names.lexicon   # or a list of files

        # What the narrator says. {greeting}, {title}, {date} and {count} in the intro;
        # {from_source} (", from Reuters", or nothing) before each story; next_story may be one
        # line or a list said in turn.
        title: your briefing
        intro: "{greeting}. This is {title} for {date}. {count} today."
        first_story: "First{from_source}."
        next_story: ["Next{from_source}.", "Also today{from_source}.", "In other news{from_source}."]
        last_story: "Finally{from_source}."
        only_story: "Today's story{from_source}."
        outro: "That's the briefing. Thanks for listening."

        # The podcast feed (feed.xml in output_dir). Serve output_dir with any static web server
        # and set base_url to where it is served, so podcast apps can subscribe.
        feed:
          enabled: true
          title: Briefcast daily briefing
          description: The day's news, read aloud by Briefcast.
          # base_url: https://example.com/briefings/
          # author: Your Name
          language: en

        """
}
