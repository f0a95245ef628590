//! One frame as a QR code and back: encoding (`qrcode`, for the `qr-worker`)
//! to a module matrix drawn as SVG, and decoding (`rqrr`, for the desk) of
//! every code found in a grey picture.

use qrcode::{Color, EcLevel, QrCode};

/// Error correction of the shown codes: L (7 %). A phone screen is a clean,
/// flat, high-contrast surface: what goes wrong is focus and framing, which
/// more correction does not fix, while L keeps the codes at 89 modules for
/// [`super::PART_BYTES`] (docs/organisations.md explains the choice).
pub const EC_LEVEL: EcLevel = EcLevel::L;
/// Light modules around the code (the QR standard's quiet zone).
pub const QUIET_ZONE: usize = 4;
/// Largest picture side the decoder takes (a 4K camera frame); larger ones
/// are refused before a pixel is read.
pub const MAX_SIDE: usize = 4096;

/// Why a QR step failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum QrError {
    /// The text does not fit in a QR code.
    #[error("too long for a QR code")]
    TooLong,
    /// The picture's size is 0, larger than [`MAX_SIDE`] or does not match
    /// its pixels.
    #[error("bad picture size")]
    BadPicture,
}

/// A QR code's modules, row by row (`true` = dark), without quiet zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Modules {
    pub width: usize,
    pub dark: Vec<bool>,
}

/// Encodes `text` (a frame) at [`EC_LEVEL`], in the smallest version that
/// holds it (alphanumeric mode for frame text).
pub fn encode(text: &str) -> Result<Modules, QrError> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EC_LEVEL).map_err(|_| QrError::TooLong)?;
    let width = code.width();
    let dark = code.to_colors().into_iter().map(|c| c == Color::Dark).collect();
    Ok(Modules { width, dark })
}

/// The code as a standalone SVG (one path, runs of dark modules merged,
/// quiet zone included, crisp edges so no scaler blurs the modules).
pub fn to_svg(m: &Modules) -> String {
    let side = m.width + 2 * QUIET_ZONE;
    let mut path = String::new();
    for (y, row) in m.dark.chunks(m.width.max(1)).enumerate() {
        let mut x = 0;
        while x < row.len() {
            if row[x] {
                let start = x;
                while x < row.len() && row[x] {
                    x += 1;
                }
                path.push_str(&format!("M{} {}h{}v1h-{}z", start + QUIET_ZONE, y + QUIET_ZONE, x - start, x - start));
            } else {
                x += 1;
            }
        }
    }
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" shape-rendering=\"crispEdges\">\
         <rect width=\"{side}\" height=\"{side}\" fill=\"white\"/><path fill=\"black\" d=\"{path}\"/></svg>"
    )
}

/// Grey levels (0 = black) of an RGBA picture, as a canvas gives it.
pub fn grey_of_rgba(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| ((p[0] as u32 * 77 + p[1] as u32 * 150 + p[2] as u32 * 29) >> 8) as u8)
        .collect()
}

/// The texts of every QR code found in a grey picture of `width` × `height`
/// (codes that do not decode are skipped: the next camera frame may).
pub fn decode_grey(width: usize, height: usize, grey: &[u8]) -> Result<Vec<String>, QrError> {
    if width == 0 || height == 0 || width > MAX_SIDE || height > MAX_SIDE || grey.len() != width * height {
        return Err(QrError::BadPicture);
    }
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| grey[y * width + x]);
    Ok(img.detect_grids().into_iter().filter_map(|g| g.decode().ok()).map(|(_, text)| text).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Draws `m` as a grey picture, `scale` pixels per module, with its
    /// quiet zone.
    pub(crate) fn picture(m: &Modules, scale: usize) -> (usize, Vec<u8>) {
        let side = (m.width + 2 * QUIET_ZONE) * scale;
        let mut grey = vec![255u8; side * side];
        for y in 0..side {
            for x in 0..side {
                let (mx, my) = ((x / scale).wrapping_sub(QUIET_ZONE), (y / scale).wrapping_sub(QUIET_ZONE));
                if mx < m.width && my < m.width && m.dark[my * m.width + mx] {
                    grey[y * side + x] = 0;
                }
            }
        }
        (side, grey)
    }

    #[test]
    fn a_full_frame_round_trips_through_a_picture() {
        let export: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 251) as u8).collect();
        let texts = crate::handover::frames(&export).unwrap();
        let m = encode(&texts[0]).unwrap();
        let (side, grey) = picture(&m, 3);
        assert_eq!(decode_grey(side, side, &grey).unwrap(), vec![texts[0].clone()]);
    }

    #[test]
    fn svg_has_one_path_and_the_quiet_zone() {
        let m = encode("WM1/1/1/1/0000000000000000/00").unwrap();
        let svg = to_svg(&m);
        let side = m.width + 2 * QUIET_ZONE;
        assert!(svg.contains(&format!("viewBox=\"0 0 {side} {side}\"")));
        assert_eq!(svg.matches("<path").count(), 1);
    }

    #[test]
    fn refuses_bad_pictures_before_reading() {
        assert_eq!(decode_grey(0, 10, &[]), Err(QrError::BadPicture));
        assert_eq!(decode_grey(5000, 1, &[0; 5000]), Err(QrError::BadPicture));
        assert_eq!(decode_grey(10, 10, &[0; 99]), Err(QrError::BadPicture));
        assert_eq!(decode_grey(10, 10, &[255; 100]), Ok(vec![]));
    }

    #[test]
    fn too_long_text_is_an_error() {
        assert_eq!(encode(&"A".repeat(5000)), Err(QrError::TooLong));
    }

    /// Versions and frame counts for each padding bucket (a report for
    /// docs/organisations.md; asserts only the format's limits).
    #[test]
    fn codes_per_padding_bucket() {
        for bucket in crate::export::SIZE_BUCKETS {
            let export = vec![0xA5u8; bucket];
            match crate::handover::frames(&export) {
                Ok(texts) => {
                    let m = encode(&texts[0]).unwrap();
                    println!("bucket {bucket:>6} B: {} codes, {} modules, {} chars", texts.len(), m.width, texts[0].len());
                    assert!(texts.len() <= crate::handover::MAX_PARTS);
                }
                Err(e) => println!("bucket {bucket:>6} B: {e} (hand over as a file)"),
            }
        }
    }
}
