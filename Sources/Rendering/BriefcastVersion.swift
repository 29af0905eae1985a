/// The version `briefcast --version` prints and every output file is tagged with.
public enum BriefcastVersion {
    public static let number = "0.1.0"
    public static let software = "Briefcast \(number)"
}
