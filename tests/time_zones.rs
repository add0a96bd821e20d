//! `time.localtime()` and the zone constants follow the TZ environment, with daylight saving
//! time (expected values recorded from CPython 3.11 with the same TZ).

use std::process::Command;

fn local(tz: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_viv"))
        .args(["-c", "import time; t = time.localtime(1720000000); print(t.tm_gmtoff, t.tm_zone, t.tm_isdst, t.tm_hour, time.timezone, time.altzone, time.daylight, time.tzname)"])
        .env("TZ", tz)
        .output()
        .expect("run viv");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[test]
fn local_time_follows_tz_and_daylight_saving() {
    assert_eq!(local("America/New_York"), "-14400 EDT 1 5 18000 14400 1 ('EST', 'EDT')");
    assert_eq!(local("Australia/Sydney"), "36000 AEST 0 19 -36000 -39600 1 ('AEST', 'AEDT')");
    assert_eq!(local("UTC"), "0 UTC 0 9 0 0 0 ('UTC', 'UTC')");
}
