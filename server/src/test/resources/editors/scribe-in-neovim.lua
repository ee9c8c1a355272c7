-- Drives Neovim's own LSP client (the vim.lsp API of Neovim 0.7, so no vim.lsp.start) against
-- the Scribe server, and writes what Neovim saw to a JSON file for NeovimTest to check.
-- Environment: SCRIBE_SERVER (the server command, a JSON array), SCRIBE_NOTES (a folder of
-- notes), SCRIBE_RESULT (the file to write). Exits non-zero when a step fails.

local notes = vim.env.SCRIBE_NOTES
local result = {}

local function wait_for(what, condition)
  if not vim.wait(20000, condition, 50) then
    error('timed out waiting for ' .. what)
  end
end

local function open(name)
  vim.cmd('edit ' .. vim.fn.fnameescape(notes .. '/' .. name))
  return vim.api.nvim_get_current_buf()
end

local function run()
  local client_id = vim.lsp.start_client({
    name = 'scribe',
    cmd = vim.fn.json_decode(vim.env.SCRIBE_SERVER),
    root_dir = notes,
    workspace_folders = { { uri = vim.uri_from_fname(notes), name = 'notes' } },
    on_exit = function(code) result.exit_code = code end,
  })
  assert(client_id, 'the server did not start')

  -- Diagnostics, as vim.diagnostic holds them.
  local xen = open('2020-xen-summit-domb-design-session.txt')
  vim.lsp.buf_attach_client(xen, client_id)
  wait_for('diagnostics', function() return #vim.diagnostic.get(xen) > 0 end)
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(xen)) do
    table.insert(result.diagnostics, { line = d.lnum, code = d.code, severity = d.severity, source = d.source })
  end

  -- Go to definition: from LCM on the line that uses it to the words that define it.
  assert(vim.fn.search([[\V_Christopher: Is the proposed \zsLCM]]) > 0, 'the note does not use LCM')
  result.definition_from = vim.api.nvim_win_get_cursor(0)[1]
  vim.lsp.buf.definition()
  wait_for('the cursor to move', function() return vim.api.nvim_win_get_cursor(0)[1] ~= result.definition_from end)
  result.definition_to = vim.api.nvim_win_get_cursor(0)[1]
  result.definition_text = vim.api.nvim_get_current_line()

  -- Completion at the start of a new, empty line.
  local stratos = open('2021-06-10-stratos-sync.txt')
  vim.lsp.buf_attach_client(stratos, client_id)
  local line = vim.fn.search([[^Cluster controller]]) - 1
  assert(line >= 0, 'the note has no "Cluster controller" line')
  vim.api.nvim_buf_set_lines(stratos, line, line, false, { '' })
  local responses = vim.lsp.buf_request_sync(stratos, 'textDocument/completion', {
    textDocument = { uri = vim.uri_from_bufnr(stratos) },
    position = { line = line, character = 0 },
  }, 20000)
  assert(responses and responses[client_id], 'no answer to textDocument/completion')
  local answer = responses[client_id].result or {}
  result.completion = {}
  for _, item in ipairs(answer.items or answer) do
    table.insert(result.completion, item.label)
  end

  vim.lsp.stop_client(client_id)
  wait_for('the server to exit', function() return result.exit_code ~= nil end)
end

local ok, err = xpcall(run, debug.traceback)
if not ok then
  result.error = err
end
vim.fn.writefile({ vim.fn.json_encode(result) }, vim.env.SCRIBE_RESULT)
vim.cmd(ok and 'qall!' or 'cquit 1')
