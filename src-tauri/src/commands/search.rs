//! Search across everything written.

use crate::error::ApiResult;
use crate::state::AppState;
use peerlog_core::views::search::{self, SearchHit};
use tauri::State;

/// At most this many hits; a peer refines the query rather than scrolls.
const LIMIT: usize = 50;

pub async fn search(state: State<'_, AppState>, query: String) -> ApiResult<Vec<SearchHit>> {
    state
        .with(move |p| search::search(p.store(), &query, LIMIT))
        .await
}
