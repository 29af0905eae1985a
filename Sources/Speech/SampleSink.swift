/// Where synthesised audio goes as it is produced: 16-bit mono samples, in order.
public protocol SampleSink: AnyObject {
    func write(_ samples: UnsafeBufferPointer<Int16>) throws
}
