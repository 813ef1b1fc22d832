-- Neovim 0.7 as an LSP client of `copydesk lsp --stdio` (run by test/nvim/run.js, which sets the environment).
-- Neovim 0.7 takes pushed diagnostics only, so this also proves the server pushes when the client cannot pull.
-- Every wait is vim.wait on a condition (a failure guard, not a sleep). Prints `nvim: N passed, M failed`.
local root = assert(os.getenv('COPYDESK_ROOT'), 'COPYDESK_ROOT')
local draft = assert(os.getenv('COPYDESK_NVIM_DRAFT'), 'COPYDESK_NVIM_DRAFT')
local node = os.getenv('COPYDESK_NODE') or 'node'
local WAIT = 20000

local passed, failed = 0, 0
local function out(s) io.stdout:write(s .. '\n') end
local function check(name, fn)
  local ok, err = pcall(fn)
  if ok then
    passed = passed + 1
    out('  ok   ' .. name)
  else
    failed = failed + 1
    out('  FAIL ' .. name .. ': ' .. tostring(err))
  end
  return ok
end

local function copydesk_diags(buf, code)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.source == 'copydesk' and (code == nil or d.code == code) then table.insert(found, d) end
  end
  return found
end

local function wait_for(what, cond)
  if not vim.wait(WAIT, cond, 20) then error('timed out waiting for ' .. what) end
end

local function line_of(buf, needle)
  for i, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    if l:find(needle, 1, true) then return i - 1 end
  end
  error('not in buffer: ' .. needle)
end

vim.cmd('edit ' .. vim.fn.fnameescape(draft))
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'markdown'

local client_id = vim.lsp.start_client({
  name = 'copydesk',
  cmd = { node, root .. '/bin/copydesk.js', 'lsp', '--stdio' },
  root_dir = vim.fn.fnamemodify(draft, ':h'),
})

local client_ok = check('starts `copydesk lsp --stdio` and attaches', function()
  assert(client_id, 'start_client returned nil')
  assert(vim.lsp.buf_attach_client(buf, client_id), 'buf_attach_client failed')
  wait_for('initialize', function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized == true
  end)
end)

local unattributed
if client_ok then
  check('receives pushed diagnostics: quote.unattributed from copydesk', function()
    wait_for('a quote.unattributed diagnostic', function() return #copydesk_diags(buf, 'quote.unattributed') > 0 end)
    local ds = copydesk_diags(buf, 'quote.unattributed')
    local want_line = line_of(buf, '"We threw it away."')
    assert(#ds == 1, 'one finding, got ' .. #ds)
    assert(ds[1].lnum == want_line, ('on line %d, got %d'):format(want_line + 1, ds[1].lnum + 1))
    assert(ds[1].severity == vim.diagnostic.severity.WARN, 'a warning')
    unattributed = ds[1]
  end)

  check('hover on the quotation explains it', function()
    assert(unattributed, 'no diagnostic to hover')
    local params = {
      textDocument = vim.lsp.util.make_text_document_params(buf),
      position = { line = unattributed.lnum, character = unattributed.col + 3 },
    }
    local res = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, WAIT)
    local r = res and res[client_id] and res[client_id].result
    assert(r and r.contents, 'a hover result')
    local text = type(r.contents) == 'string' and r.contents or r.contents.value
    assert(text and (text:find('no speaker') or text:lower():find('unattributed')), 'hover text: ' .. tostring(text))
  end)

  check('code action "Attribute to Ana Ruiz" applies and the diagnostic goes', function()
    assert(unattributed, 'no diagnostic to fix')
    local lsp_diag = vim.lsp.diagnostic.get_line_diagnostics(buf, unattributed.lnum, {}, client_id)
    local params = {
      textDocument = vim.lsp.util.make_text_document_params(buf),
      range = {
        start = { line = unattributed.lnum, character = unattributed.col },
        ['end'] = { line = unattributed.end_lnum, character = unattributed.end_col },
      },
      context = { diagnostics = lsp_diag },
    }
    local res = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, WAIT)
    local actions = res and res[client_id] and res[client_id].result or {}
    local titles, chosen = {}, nil
    for _, a in ipairs(actions) do
      table.insert(titles, a.title)
      if a.title:find('Attribute to', 1, true) and a.title:find('Ruiz', 1, true) and a.edit then chosen = a end
    end
    assert(chosen, 'no "Attribute to … Ruiz" action among: ' .. table.concat(titles, ' | '))
    vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
    local fixed = vim.api.nvim_buf_get_lines(buf, unattributed.lnum, unattributed.lnum + 1, false)[1]
    assert(fixed:find('Ruiz said', 1, true), 'line after the fix: ' .. fixed)
    wait_for('the diagnostic to go', function() return #copydesk_diags(buf, 'quote.unattributed') == 0 end)
  end)

  check('an edit adds a new unattributed quote and diagnostics update', function()
    local baseline = #copydesk_diags(buf, 'quote.unattributed')
    local last = vim.api.nvim_buf_line_count(buf)
    -- A paragraph naming no one, then the quotation, so no earlier speaker can claim it.
    vim.api.nvim_buf_set_lines(buf, last, last, false, { '', 'The desk met again.', '', '"Nobody on the desk saw this coming."' })
    local want = last + 3
    wait_for('a diagnostic on the new line', function()
      for _, d in ipairs(copydesk_diags(buf, 'quote.unattributed')) do
        if d.lnum == want then return true end
      end
      return false
    end)
    vim.api.nvim_buf_set_lines(buf, last, last + 4, false, {})
    wait_for('the new diagnostic to go', function() return #copydesk_diags(buf, 'quote.unattributed') == baseline end)
  end)

  check('the server shuts down cleanly', function()
    local exited = false
    local c = vim.lsp.get_client_by_id(client_id)
    c.stop()
    wait_for('the server to exit', function()
      exited = vim.lsp.get_client_by_id(client_id) == nil
      return exited
    end)
  end)
end

out(('nvim: %d passed, %d failed'):format(passed, failed))
if failed > 0 or passed == 0 then vim.cmd('cquit! 1') else vim.cmd('qall!') end
