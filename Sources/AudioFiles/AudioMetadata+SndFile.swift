import CSndFile

extension AudioMetadata {
    /// Sets the tags libsndfile writes for the file's format (RIFF INFO, Vorbis comments, ID3v1),
    /// before the first sample is written.
    func apply(to file: OpaquePointer) {
        for (type, value) in [
            (SF_STR_TITLE, title), (SF_STR_ARTIST, artist), (SF_STR_DATE, date), (SF_STR_SOFTWARE, software),
            (SF_STR_COMMENT, comment),
        ] {
            if let value, !value.isEmpty { sf_set_string(file, Int32(type), value) }
        }
    }
}
