-- Drives the Probity language server from Neovim's own LSP client (0.7+), headless:
--   nvim --headless -u NONE -c 'luafile flow.lua'
-- with PROBITY_NODE, PROBITY_SERVER and PROBITY_DRAFT in the environment. Each step prints one line
-- "PROBITY <step> <json>" on stdout for the vitest test to read; a failure prints "PROBITY error …"
-- and quits with status 1. Every wait is on a condition (vim.wait polls it while processing events).

local function out(step, data)
  io.stdout:write('PROBITY ' .. step .. ' ' .. vim.fn.json_encode(data) .. '\n')
  io.stdout:flush()
end

local function wait_for(what, cond)
  if not vim.wait(15000, cond, 10) then error('timed out waiting for ' .. what) end
end

local function diagnostics(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(list, { code = d.code, lnum = d.lnum, col = d.col, end_col = d.end_col, source = d.source, message = d.message })
  end
  table.sort(list, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return list
end

local function has_code(bufnr, code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == code then return true end
  end
  return false
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('PROBITY_DRAFT')))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'probity',
    cmd = { os.getenv('PROBITY_NODE'), os.getenv('PROBITY_SERVER'), '--stdio' },
    root_dir = vim.fn.fnamemodify(os.getenv('PROBITY_DRAFT'), ':h'),
    settings = { probity = { jurisdiction = 'uk' } },
  })
  if not client_id then error('vim.lsp.start_client failed') end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  -- 1. Diagnostics, as vim.diagnostic holds them (columns in bytes, converted by Neovim).
  wait_for('diagnostics', function() return #vim.diagnostic.get(bufnr) >= 2 end)
  out('diagnostics', { encoding = client.offset_encoding, items = diagnostics(bufnr) })

  -- 2. Hover over the professionalism finding (line 5, 1-based).
  vim.api.nvim_win_set_cursor(0, { 5, 20 })
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', vim.lsp.util.make_position_params(), 10000)
  local value = hover and hover[client_id] and hover[client_id].result and hover[client_id].result.contents.value
  out('hover', { value = value })

  -- 3. The quick fix, chosen from Neovim's code-action menu (vim.ui.select answered as a user would).
  local offered = {}
  vim.ui.select = function(items, opts, on_choice)
    for _, item in ipairs(items) do table.insert(offered, item[2].title) end
    for i, item in ipairs(items) do
      if item[2].title == 'Insert #AD at the start of the post' then return on_choice(item, i) end
    end
    on_choice(nil, nil)
  end
  local tick = vim.api.nvim_buf_get_changedtick(bufnr)
  vim.api.nvim_win_set_cursor(0, { 3, 18 }) -- inside 'GLOW20' (a byte column, after the emoji)
  vim.lsp.buf.code_action()
  wait_for('the quick fix to change the buffer', function() return vim.api.nvim_buf_get_changedtick(bufnr) ~= tick end)
  wait_for('ad-disclosure to go', function() return not has_code(bufnr, 'ad-disclosure') and #vim.diagnostic.get(bufnr) > 0 end)
  out('codeaction', { offered = offered, lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), items = diagnostics(bufnr) })

  -- 4. An ordinary edit, sent by Neovim's incremental sync: the last finding goes.
  vim.api.nvim_buf_set_text(bufnr, 4, 18, 4, 33, { 'regular visitors' })
  wait_for('professionalism to go', function() return #vim.diagnostic.get(bufnr) == 0 end)
  out('edited', { lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false) })

  vim.lsp.stop_client(client_id)
  wait_for('the server to stop', function() return vim.lsp.get_client_by_id(client_id) == nil end)
  out('done', {})
end

local ok, err = pcall(run)
if not ok then
  out('error', { message = tostring(err) })
  vim.cmd('cquit 1')
end
vim.cmd('qall!')
